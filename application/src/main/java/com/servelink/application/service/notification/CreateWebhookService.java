package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.CreateWebhookUseCase;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.notification.WebhookKind;

import java.time.Clock;

/** Creates an endpoint after the SSRF guard accepted its URL; the secret is returned once. */
public final class CreateWebhookService implements CreateWebhookUseCase {
    private final TeamAccess access;
    private final WebhookEndpointRepository endpoints;
    private final WebhookUrlPolicy urls;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;

    public CreateWebhookService(TeamAccess access, WebhookEndpointRepository endpoints, WebhookUrlPolicy urls,
                                Transactions transactions, IdSource ids, Clock clock) {
        this.access = access;
        this.endpoints = endpoints;
        this.urls = urls;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CreatedWebhook create(CreateWebhookCommand command) {
        var team = WebhookEndpoints.requireManager(access, command.actor(), command.team());
        WebhookKind kind = command.kind().map(code -> WebhookKind.fromCode(code, "kind")).orElse(WebhookKind.WEBHOOK);
        String secret = WebhookEndpoints.newSecret();
        WebhookEndpoint endpoint = WebhookEndpoint.create(WebhookEndpointId.fromOpaque(ids.nextOpaqueId()),
                team.team().id(), command.url(), command.events(), command.description(), kind, secret,
                clock.instant());
        urls.requireCallable(endpoint.url());
        transactions.run(() -> endpoints.add(endpoint));
        return new CreatedWebhook(endpoint, secret);
    }
}
