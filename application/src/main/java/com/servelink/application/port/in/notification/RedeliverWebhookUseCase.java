package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.team.TeamSlug;

import java.time.Instant;

/**
 * An owner or admin sends a logged delivery's event to the endpoint again: a new delivery of the
 * same event (same id, so the receiver can tell a duplicate), queued in the outbox, due now.
 */
public interface RedeliverWebhookUseCase {
    record RedeliverWebhookCommand(Actor actor, TeamSlug team, WebhookEndpointId webhook,
                                   WebhookDeliveryId delivery) {
    }

    record Redelivery(String eventId, String eventType, Instant queuedAt) {
    }

    Redelivery redeliver(RedeliverWebhookCommand command);
}
