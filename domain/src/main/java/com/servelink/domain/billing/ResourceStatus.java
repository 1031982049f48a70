package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;

/** Where an add-on is in its life: paid for or not, counting or not. */
public enum ResourceStatus {
    /** Created; its payment is not completed, so it does not count. */
    PENDING,
    /** Paid; counts until {@code expires_at}. */
    ACTIVE,
    /** Its thirty days are over. */
    EXPIRED,
    /** Cancelled by the team, or its payment failed or was abandoned. */
    CANCELLED;

    /** Whether the team may still give it up (pending or active). */
    public boolean isCancellable() {
        return this == PENDING || this == ACTIVE;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResourceStatus fromCode(String code, String field) {
        for (ResourceStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw DomainException.invalidField(field, "must be one of pending, active, expired, cancelled");
    }
}
