package com.servelink.domain.team;

import java.util.Objects;

/** That a user belongs to a team, and with which role. */
public record Membership(TeamId teamId, UserId userId, Role role) {
    public Membership {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}
