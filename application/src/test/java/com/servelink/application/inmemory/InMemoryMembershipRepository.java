package com.servelink.application.inmemory;

import com.servelink.application.port.out.MembershipRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Memberships in a map, resolving teams through the team repository. */
public final class InMemoryMembershipRepository implements MembershipRepository {
    private record Key(TeamId team, UserId user) {
    }

    private final TeamRepository teams;
    private final Map<Key, Membership> memberships = new LinkedHashMap<>();

    public InMemoryMembershipRepository(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public synchronized Optional<TeamMembership> findMembership(TeamSlug slug, UserId user) {
        return teams.findBySlug(slug).flatMap(team -> Optional.ofNullable(memberships.get(new Key(team.id(), user)))
                .map(membership -> new TeamMembership(team, membership.role())));
    }

    @Override
    public synchronized List<TeamMembership> teamsOf(UserId user) {
        return memberships.values().stream().filter(m -> m.userId().equals(user))
                .flatMap(m -> teams.findById(m.teamId()).map(team -> new TeamMembership(team, m.role())).stream())
                .sorted(Comparator.comparing((TeamMembership m) -> m.team().name())
                        .thenComparing(m -> m.team().slug().value()))
                .toList();
    }

    @Override
    public synchronized long countMembers(TeamId team) {
        return memberships.keySet().stream().filter(k -> k.team().equals(team)).count();
    }

    @Override
    public synchronized void save(Membership membership) {
        memberships.put(new Key(membership.teamId(), membership.userId()), membership);
    }

    /** Every membership, in the order they were added. */
    public synchronized List<Membership> all() {
        return List.copyOf(memberships.values());
    }
}
