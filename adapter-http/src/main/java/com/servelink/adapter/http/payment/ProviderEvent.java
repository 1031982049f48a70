package com.servelink.adapter.http.payment;

import com.servelink.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider's webhook event, reduced to what the payment use cases need.
 *
 * @param providerPayment  the provider's own id of the money movement (Stripe's PaymentIntent),
 *                         which a completion records and a refund or dispute may name the payment
 *                         by (decision 192)
 * @param amount           on a completion: the amount paid; on a partial refund: what the
 *                         provider has given back of the payment in all
 * @param renewalReference on a completion: what the provider needs to charge the team again (the
 *                         Stripe customer Checkout created), for auto-renewal (decision 198)
 */
public record ProviderEvent(String id, Kind kind, Optional<String> paymentId, Optional<Money> amount, String type,
                            Optional<String> providerPayment, Optional<String> renewalReference) {

    /** What the event means for our payment. */
    public enum Kind {
        /** The customer paid: complete the payment, activate (or renew) the add-on. */
        COMPLETED,
        /** The payment failed or the checkout was abandoned: fail the payment. */
        FAILED,
        /**
         * The provider refunded the payment in full, or in part when {@code amount} says what it
         * has given back in all: record the refund; once in full, refund it and revoke the add-on.
         */
        REFUNDED,
        /** The customer disputed the charge: dispute the payment, revoke the add-on. */
        DISPUTED,
        /** The dispute was lost: credit what is left of the payment. */
        DISPUTE_LOST,
        /** Nothing for us (another event type, or a payment still in progress). */
        IGNORED
    }

    public ProviderEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(providerPayment, "providerPayment");
        Objects.requireNonNull(renewalReference, "renewalReference");
        if (kind == Kind.COMPLETED && amount.isEmpty()) {
            throw new IllegalArgumentException("a completion carries the amount paid");
        }
    }

    /** Whether the event takes money back from a completed payment (named by either id). */
    public boolean reversal() {
        return kind == Kind.REFUNDED || kind == Kind.DISPUTED || kind == Kind.DISPUTE_LOST;
    }

    /** An event naming our payment and the provider's money movement. */
    public ProviderEvent(String id, Kind kind, Optional<String> paymentId, Optional<Money> amount, String type,
                         Optional<String> providerPayment) {
        this(id, kind, paymentId, amount, type, providerPayment, Optional.empty());
    }

    /** An event naming our payment only. */
    public ProviderEvent(String id, Kind kind, Optional<String> paymentId, Optional<Money> amount, String type) {
        this(id, kind, paymentId, amount, type, Optional.empty(), Optional.empty());
    }
}
