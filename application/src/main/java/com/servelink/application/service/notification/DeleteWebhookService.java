package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.DeleteWebhookUseCase;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;

/** Deletes an endpoint and its log; deliveries still queued for it are dropped by the channel. */
public final class DeleteWebhookService implements DeleteWebhookUseCase {
    private final TeamAccess access;
    private final WebhookEndpointRepository endpoints;
    private final Transactions transactions;

    public DeleteWebhookService(TeamAccess access, WebhookEndpointRepository endpoints, Transactions transactions) {
        this.access = access;
        this.endpoints = endpoints;
        this.transactions = transactions;
    }

    @Override
    public void delete(DeleteWebhookCommand command) {
        var team = WebhookEndpoints.requireManager(access, command.actor(), command.team());
        transactions.run(() -> {
            WebhookEndpoints.require(endpoints, team, command.webhook());
            if (!endpoints.delete(command.webhook())) {
                throw DomainException.notFound("webhook " + command.webhook());
            }
        });
    }
}
