package com.servelink.application.port.out;

import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.util.List;
import java.util.Optional;

/** Who belongs to which team. */
public interface MembershipRepository {

    /** A team seen by one of its members: the team and the member's role. */
    record TeamMembership(Team team, Role role) {
    }

    /**
     * The team with {@code slug} and the role {@code user} has in it, in one look-up; empty when
     * the team does not exist or the user is not a member (the caller cannot tell which).
     */
    Optional<TeamMembership> findMembership(TeamSlug slug, UserId user);

    /** Every team the user belongs to, with the user's role in each, ordered by team name. */
    List<TeamMembership> teamsOf(UserId user);

    /** How many members the team has, whatever their role (the plan's {@code members} limit). */
    long countMembers(TeamId team);

    /** Adds the user to the team, or changes the role of an existing member. */
    void save(Membership membership);
}
