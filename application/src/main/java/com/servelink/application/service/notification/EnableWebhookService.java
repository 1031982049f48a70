package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.EnableWebhookUseCase;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.notification.WebhookEndpoint;

/** Enables a disabled endpoint again, once its URL passes the SSRF guard again. */
public final class EnableWebhookService implements EnableWebhookUseCase {
    private final TeamAccess access;
    private final WebhookEndpointRepository endpoints;
    private final WebhookUrlPolicy urls;
    private final Transactions transactions;

    public EnableWebhookService(TeamAccess access, WebhookEndpointRepository endpoints, WebhookUrlPolicy urls,
                                Transactions transactions) {
        this.access = access;
        this.endpoints = endpoints;
        this.urls = urls;
        this.transactions = transactions;
    }

    @Override
    public WebhookEndpoint enable(EnableWebhookCommand command) {
        var team = WebhookEndpoints.requireManager(access, command.actor(), command.team());
        WebhookEndpoint current = WebhookEndpoints.require(endpoints, team, command.webhook());
        urls.requireCallable(current.url());
        return transactions.inTransaction(() -> {
            WebhookEndpoint endpoint = WebhookEndpoints.require(endpoints, team, command.webhook());
            endpoint.enable();
            endpoints.update(endpoint);
            return endpoint;
        });
    }
}
