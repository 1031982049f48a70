package com.servelink.application.inmemory;

import com.servelink.application.port.out.TeamRepository;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Teams in a map; the reference behaviour for the persistence contract tests. */
public final class InMemoryTeamRepository implements TeamRepository {
    private final Map<TeamId, Team> teams = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Team> findById(TeamId id) {
        return Optional.ofNullable(teams.get(id)).map(InMemoryTeamRepository::copy);
    }

    @Override
    public synchronized Optional<Team> findBySlug(TeamSlug slug) {
        return teams.values().stream().filter(t -> t.slug().equals(slug)).findFirst().map(InMemoryTeamRepository::copy);
    }

    /** {@link #findBySlug}: the in-memory units of work already run one at a time. */
    @Override
    public synchronized Optional<Team> lockBySlug(TeamSlug slug) {
        return findBySlug(slug);
    }

    @Override
    public synchronized void save(Team team) {
        boolean slugTaken = teams.values().stream()
                .anyMatch(t -> t.slug().equals(team.slug()) && !t.id().equals(team.id()));
        if (slugTaken) {
            throw new DomainException(ErrorCode.CONFLICT, "a team with slug " + team.slug() + " already exists");
        }
        teams.put(team.id(), copy(team));
    }

    private static Team copy(Team team) {
        return Team.reconstitute(team.id(), team.slug(), team.name(), team.plan());
    }
}
