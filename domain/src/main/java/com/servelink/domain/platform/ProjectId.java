package com.servelink.domain.platform;

import com.servelink.domain.shared.PrefixedIds;

/** A project's identifier, {@code prj_…}. */
public record ProjectId(String value) {
    public static final String PREFIX = "prj_";

    public ProjectId {
        PrefixedIds.require(value, PREFIX, "projectId");
    }

    public static ProjectId fromOpaque(String opaque) {
        return new ProjectId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
