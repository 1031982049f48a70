package com.servelink.domain.platform;

import com.servelink.domain.shared.PrefixedIds;

/** A usage alert's identifier, {@code alert_…}. */
public record UsageAlertId(String value) {
    public static final String PREFIX = "alert_";

    public UsageAlertId {
        PrefixedIds.require(value, PREFIX, "alertId");
    }

    public static UsageAlertId fromOpaque(String opaque) {
        return new UsageAlertId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
