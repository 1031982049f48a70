package com.servelink.domain.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a payment may stay pending before reconciliation asks the provider and, when nobody
 * paid, expires it and cancels its add-on (SERVELINK_PAYMENT_PENDING_TTL; 24 h by default, the
 * lifetime of a Stripe Checkout session).
 */
public record PendingPaymentPolicy(Duration timeToLive) {
    public static final PendingPaymentPolicy DEFAULT = new PendingPaymentPolicy(Duration.ofHours(24));

    public PendingPaymentPolicy {
        Objects.requireNonNull(timeToLive, "timeToLive");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a pending payment's time to live must be positive: " + timeToLive);
        }
    }

    /** Payments created at or before this instant are stale at {@code now}. */
    public Instant staleBefore(Instant now) {
        return now.minus(timeToLive);
    }
}
