package com.servelink.domain.platform;

import com.servelink.domain.shared.PrefixedIds;

/** A deployment's identifier, {@code dep_…}. */
public record DeploymentId(String value) {
    public static final String PREFIX = "dep_";

    public DeploymentId {
        PrefixedIds.require(value, PREFIX, "deploymentId");
    }

    public static DeploymentId fromOpaque(String opaque) {
        return new DeploymentId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
