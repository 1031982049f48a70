package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.RedeliverWebhookUseCase;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;

/**
 * Queues a logged delivery's event for the endpoint again, through the outbox like any
 * delivery (retries included). A disabled endpoint must be enabled first; an event the
 * outbox no longer keeps (its retention ran out) cannot be sent again.
 */
public final class RedeliverWebhookService implements RedeliverWebhookUseCase {
    private final TeamAccess access;
    private final WebhookEndpointRepository endpoints;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public RedeliverWebhookService(TeamAccess access, WebhookEndpointRepository endpoints, Outbox outbox,
                                   Transactions transactions, Clock clock) {
        this.access = access;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Redelivery redeliver(RedeliverWebhookCommand command) {
        var team = WebhookEndpoints.requireManager(access, command.actor(), command.team());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            WebhookEndpoint endpoint = WebhookEndpoints.require(endpoints, team, command.webhook());
            WebhookDelivery logged = endpoints.findDelivery(endpoint.id(), command.delivery())
                    .orElseThrow(() -> DomainException.notFound("delivery " + command.delivery()));
            if (!endpoint.enabled()) {
                throw new DomainException(ErrorCode.INVALID_TRANSITION,
                        "webhook " + endpoint.id() + " is disabled: enable it before redelivering");
            }
            if (outbox.event(logged.eventId()).isEmpty()) {
                throw new DomainException(ErrorCode.CONFLICT,
                        "event " + logged.eventId() + " is no longer kept, it cannot be sent again");
            }
            outbox.enqueue(logged.eventId(), WebhookChannel.NAME, endpoint.id().value(), now);
            return new Redelivery(logged.eventId(), logged.eventType(), now);
        });
    }
}
