package com.servelink.domain.billing;

import com.servelink.domain.shared.PrefixedIds;

/** An add-on resource's identifier, {@code res_…}. */
public record ResourceId(String value) {
    public static final String PREFIX = "res_";

    public ResourceId {
        PrefixedIds.require(value, PREFIX, "resourceId");
    }

    public static ResourceId fromOpaque(String opaque) {
        return new ResourceId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
