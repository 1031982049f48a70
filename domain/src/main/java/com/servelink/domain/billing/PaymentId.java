package com.servelink.domain.billing;

import com.servelink.domain.shared.PrefixedIds;

/** A payment's identifier, {@code pm_…}; also sent to the provider to find the payment again. */
public record PaymentId(String value) {
    public static final String PREFIX = "pm_";

    public PaymentId {
        PrefixedIds.require(value, PREFIX, "paymentId");
    }

    public static PaymentId fromOpaque(String opaque) {
        return new PaymentId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
