package com.servelink.domain.billing;

import java.util.Locale;

/** Where a payment is; states only move forward, and {@link #COMPLETED} never changes. */
public enum PaymentStatus {
    PENDING, COMPLETED, FAILED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
