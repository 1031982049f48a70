package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainEvent;
import com.servelink.domain.team.TeamId;

import java.time.Instant;

/** What happened to a team's add-on: notifications and integrations listen to these. */
public sealed interface AddOnEvent extends DomainEvent {
    ResourceId resourceId();

    TeamId teamId();

    record Purchased(ResourceId resourceId, TeamId teamId, PaymentId paymentId, Instant occurredAt)
            implements AddOnEvent {
    }

    record Activated(ResourceId resourceId, TeamId teamId, Instant expiresAt, Instant occurredAt)
            implements AddOnEvent {
    }

    record Cancelled(ResourceId resourceId, TeamId teamId, Instant occurredAt) implements AddOnEvent {
    }

    /** A renewal was paid: the add-on now ends at {@code expiresAt}, thirty days after its old expiry. */
    record Renewed(ResourceId resourceId, TeamId teamId, PaymentId paymentId, Instant expiresAt, Instant occurredAt)
            implements AddOnEvent {
    }

    /** The add-on ends in a few days (sent once per add-on, ahead of its expiry). */
    record Expiring(ResourceId resourceId, TeamId teamId, Instant expiresAt, Instant occurredAt)
            implements AddOnEvent {
    }

    /** The add-on reached its end and no longer counts in the team's limits. */
    record Expired(ResourceId resourceId, TeamId teamId, Instant expiresAt, Instant occurredAt)
            implements AddOnEvent {
    }
}
