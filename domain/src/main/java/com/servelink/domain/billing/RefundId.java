package com.servelink.domain.billing;

import com.servelink.domain.shared.PrefixedIds;

/** A refund's identifier, {@code rf_…}. */
public record RefundId(String value) {
    public static final String PREFIX = "rf_";

    public RefundId {
        PrefixedIds.require(value, PREFIX, "refundId");
    }

    public static RefundId fromOpaque(String opaque) {
        return new RefundId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
