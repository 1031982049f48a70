package com.servelink.application.port.in.support;

import com.servelink.domain.team.TeamSlug;

import java.util.Optional;

/**
 * Through which door a ticket is reached: a team's routes (members, by slug) or the staff
 * routes (no team). A ticket of another team than the one named is "not found".
 */
public record TicketScope(Optional<TeamSlug> team) {
    public static TicketScope ofTeam(TeamSlug team) {
        return new TicketScope(Optional.of(team));
    }

    public static TicketScope staff() {
        return new TicketScope(Optional.empty());
    }
}
