package com.servelink.domain.team;

import com.servelink.domain.shared.PrefixedIds;

/** A team's opaque identifier, {@code team_…}. */
public record TeamId(String value) {
    public static final String PREFIX = "team_";

    public TeamId {
        PrefixedIds.require(value, PREFIX, "teamId");
    }

    public static TeamId fromOpaque(String opaque) {
        return new TeamId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
