package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainEvent;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.time.Instant;

/** How a payment ended, as the owners are told. */
public sealed interface PaymentEvent extends DomainEvent {
    PaymentId paymentId();

    TeamId teamId();

    ResourceId resourceId();

    Money amount();

    record Completed(PaymentId paymentId, TeamId teamId, ResourceId resourceId, Money amount, Instant occurredAt)
            implements PaymentEvent {
    }

    /** The provider refused the payment, or it was never paid before it went stale. */
    record Failed(PaymentId paymentId, TeamId teamId, ResourceId resourceId, Money amount, Instant occurredAt)
            implements PaymentEvent {
    }

    /**
     * The money came back to the customer: a full refund, or a dispute the customer opened
     * ({@code disputed}); the add-on it paid for was revoked.
     */
    record Reversed(PaymentId paymentId, TeamId teamId, ResourceId resourceId, Money amount, boolean disputed,
                    Instant occurredAt) implements PaymentEvent {
    }

    static Completed completed(Payment payment, Instant at) {
        return new Completed(payment.id(), payment.teamId(), payment.resourceId(), payment.amount(), at);
    }

    static Failed failed(Payment payment, Instant at) {
        return new Failed(payment.id(), payment.teamId(), payment.resourceId(), payment.amount(), at);
    }

    static Reversed reversed(Payment payment, boolean disputed, Instant at) {
        return new Reversed(payment.id(), payment.teamId(), payment.resourceId(), payment.amount(), disputed, at);
    }
}
