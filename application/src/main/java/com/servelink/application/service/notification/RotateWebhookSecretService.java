package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.RotateWebhookSecretUseCase;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.notification.WebhookEndpoint;

import java.time.Clock;
import java.time.Instant;

/** Gives an endpoint a new signing secret, the previous one valid 24 h more. */
public final class RotateWebhookSecretService implements RotateWebhookSecretUseCase {
    private final TeamAccess access;
    private final WebhookEndpointRepository endpoints;
    private final Transactions transactions;
    private final Clock clock;

    public RotateWebhookSecretService(TeamAccess access, WebhookEndpointRepository endpoints,
                                      Transactions transactions, Clock clock) {
        this.access = access;
        this.endpoints = endpoints;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RotatedSecret rotate(RotateWebhookSecretCommand command) {
        var team = WebhookEndpoints.requireManager(access, command.actor(), command.team());
        String secret = WebhookEndpoints.newSecret();
        Instant now = clock.instant();
        WebhookEndpoint endpoint = transactions.inTransaction(() -> {
            WebhookEndpoint found = WebhookEndpoints.require(endpoints, team, command.webhook());
            found.rotateSecret(secret, now);
            endpoints.update(found);
            return found;
        });
        return new RotatedSecret(endpoint, secret, now.plus(WebhookEndpoint.ROTATION_OVERLAP));
    }
}
