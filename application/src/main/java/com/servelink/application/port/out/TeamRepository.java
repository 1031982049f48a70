package com.servelink.application.port.out;

import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;

import java.util.Optional;

/** Stores teams. */
public interface TeamRepository {
    Optional<Team> findById(TeamId id);

    Optional<Team> findBySlug(TeamSlug slug);

    /**
     * The team with {@code slug}, its row locked until the current unit of work ends
     * ({@code SELECT … FOR UPDATE}): what counts the team's projects and members waits here, so
     * two creations cannot both take the last place the plan allows.
     */
    Optional<Team> lockBySlug(TeamSlug slug);

    /** Inserts or updates; a second team with the same slug is a {@code CONFLICT}. */
    void save(Team team);
}
