package com.servelink.adapter.http.payment;

import com.servelink.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider's webhook event, reduced to what the payment use cases need.
 *
 * @param renewalReference on a completion: what the provider needs to charge the team again
 *                         (the Stripe customer Checkout created), for auto-renewal
 */
public record ProviderEvent(String id, Kind kind, Optional<String> paymentId, Optional<Money> amount, String type,
                            Optional<String> renewalReference) {

    /** What the event means for our payment. */
    public enum Kind {
        /** The customer paid: complete the payment, activate the add-on. */
        COMPLETED,
        /** The payment failed or the checkout was abandoned: fail the payment. */
        FAILED,
        /** Nothing for us (another event type, or a payment still in progress). */
        IGNORED
    }

    public ProviderEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(renewalReference, "renewalReference");
        if (kind == Kind.COMPLETED && amount.isEmpty()) {
            throw new IllegalArgumentException("a completion carries the amount paid");
        }
    }

    public ProviderEvent(String id, Kind kind, Optional<String> paymentId, Optional<Money> amount, String type) {
        this(id, kind, paymentId, amount, type, Optional.empty());
    }
}
