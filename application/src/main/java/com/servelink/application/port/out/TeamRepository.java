package com.servelink.application.port.out;

import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;

import java.util.Optional;

/** Stores teams. */
public interface TeamRepository {
    Optional<Team> findById(TeamId id);

    Optional<Team> findBySlug(TeamSlug slug);

    /** Inserts or updates; a second team with the same slug is a {@code CONFLICT}. */
    void save(Team team);
}
