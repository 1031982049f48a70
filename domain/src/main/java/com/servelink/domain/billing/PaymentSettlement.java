package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainEvent;
import com.servelink.domain.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A payment and the add-on it pays for, settled together: the one place that decides what a
 * provider's completion, failure, refund or dispute, or the reconciliation's expiry, does to both, and which
 * events say so. Services load the pair, call one method, store what changed and publish the
 * events, all in one transaction.
 */
public final class PaymentSettlement {
    private final Payment payment;
    private final AdditionalResource resource;

    public PaymentSettlement(Payment payment, AdditionalResource resource) {
        this.payment = Objects.requireNonNull(payment, "payment");
        this.resource = Objects.requireNonNull(resource, "resource");
        if (!payment.resourceId().equals(resource.id())) {
            throw new IllegalArgumentException("payment " + payment.id() + " does not pay for resource " + resource.id());
        }
    }

    /** What a settlement did: which of the two changed, and the events to publish. */
    public record Outcome(Kind kind, boolean paymentChanged, boolean resourceChanged, List<DomainEvent> events) {
        public Outcome {
            events = List.copyOf(events);
        }

        /** Whether the report moved the payment (otherwise it was already settled). */
        public boolean applied() {
            return kind != Kind.UNCHANGED;
        }
    }

    /** How a settlement ended. */
    public enum Kind {
        COMPLETED, FAILED, EXPIRED,
        /** A renewal's payment completed (the add-on runs thirty days more unless that period was renewed already). */
        RENEWED,
        /** A completed payment was refunded in full: its add-on is revoked. */
        REFUNDED,
        /** A completed (or refunded) payment was disputed: its add-on is revoked. */
        DISPUTED,
        /**
         * Money went back to the customer without moving the payment (a partial refund at the
         * provider, a lost dispute of a payment already disputed): recorded as a refund only.
         */
        CREDITED,
        /** The payment's status table refused the move: it was settled before. */
        UNCHANGED
    }

    /**
     * The provider reports the customer paid {@code paid}: the payment completes and the add-on
     * counts for 720 hours from now (even one cancelled while it waited, since the customer paid);
     * a renewal's payment extends the add-on by 720 hours from the expiry it renews.
     *
     * @throws com.servelink.domain.shared.DomainException AMOUNT_MISMATCH when amount or currency differ
     */
    public Outcome complete(Money paid, Instant now) {
        if (!payment.complete(paid, now)) {
            return unchanged();
        }
        List<DomainEvent> events = new ArrayList<>(List.of(PaymentEvent.completed(payment, now)));
        if (payment.renewalOf().isPresent()) {
            boolean renewed = resource.renew(payment.renewalOf().get());
            if (renewed) {
                events.add(new AddOnEvent.Renewed(resource.id(), resource.teamId(), payment.id(),
                        resource.expiresAt().orElseThrow(), now));
            }
            return new Outcome(Kind.RENEWED, true, renewed, events);
        }
        boolean activated = resource.activate(now);
        if (activated) {
            events.add(new AddOnEvent.Activated(resource.id(), resource.teamId(), resource.expiresAt().orElseThrow(), now));
        }
        return new Outcome(Kind.COMPLETED, true, activated, events);
    }

    /**
     * The provider reports a completion with the reference it needs to charge the team again
     * (a Stripe customer): as {@link #complete}, and the add-on remembers it for its renewals.
     */
    public Outcome complete(Money paid, Instant now, String renewalReference) {
        Outcome outcome = complete(paid, now);
        if (!outcome.applied() || resource.renewalReference().filter(renewalReference::equals).isPresent()) {
            return outcome;
        }
        resource.rememberRenewalReference(renewalReference);
        return new Outcome(outcome.kind(), outcome.paymentChanged(), true, outcome.events());
    }

    /** The provider reports the payment failed: a pending payment fails, its unpaid add-on is cancelled. */
    public Outcome fail(Instant now) {
        if (!payment.fail(now)) {
            return unchanged();
        }
        return unpaid(Kind.FAILED, now);
    }

    /** Nobody paid in time: a pending payment expires, its unpaid add-on is cancelled. */
    public Outcome expire(Instant now) {
        if (!payment.expire(now)) {
            return unchanged();
        }
        return unpaid(Kind.EXPIRED, now);
    }

    /**
     * The provider refunded a completed payment in full: the payment is refunded and its add-on,
     * pending or active, is cancelled at once (it stops counting now); an add-on already expired
     * or cancelled keeps its state. A pending, failed or expired payment is not moved (decision 190).
     */
    public Outcome refund(Instant now) {
        if (!payment.refund(now)) {
            return unchanged();
        }
        return reversed(Kind.REFUNDED, now);
    }

    /**
     * The customer disputed the charge of a completed (or already refunded) payment: the payment
     * is disputed and its add-on revoked as for a refund.
     */
    public Outcome dispute(Instant now) {
        if (!payment.dispute(now)) {
            return unchanged();
        }
        return reversed(Kind.DISPUTED, now);
    }

    private Outcome reversed(Kind kind, Instant now) {
        List<DomainEvent> events = new ArrayList<>(List.of(PaymentEvent.reversed(payment, kind == Kind.DISPUTED, now)));
        boolean revoked = resource.revoke(now);
        if (revoked) {
            events.add(new AddOnEvent.Cancelled(resource.id(), resource.teamId(), now));
        }
        return new Outcome(kind, true, revoked, events);
    }

    private Outcome unpaid(Kind kind, Instant now) {
        // an expiry tells integrations the same as a failure: the money did not come (decision 156)
        List<DomainEvent> events = new ArrayList<>(List.of(PaymentEvent.failed(payment, now)));
        boolean cancelled = resource.cancelUnpaid(now);
        if (cancelled) {
            events.add(new AddOnEvent.Cancelled(resource.id(), resource.teamId(), now));
        }
        return new Outcome(kind, true, cancelled, events);
    }

    /** A refund was recorded for the payment, which itself stays as it is (see {@link Kind#CREDITED}). */
    public static Outcome credited() {
        return new Outcome(Kind.CREDITED, false, false, List.of());
    }

    /** Nothing moved: the report was applied before, or says nothing new. */
    public static Outcome unchanged() {
        return new Outcome(Kind.UNCHANGED, false, false, List.of());
    }

    public Payment payment() {
        return payment;
    }

    public AdditionalResource resource() {
        return resource;
    }
}
