package com.servelink.application.port.out;

import com.servelink.application.port.out.MembershipRepository.TeamMembership;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the limits route reads, in one look-up: the caller's membership of the team (with the
 * team and its plan) and the team's counting units. The same answer as
 * {@link MembershipRepository#findMembership} followed by {@link AdditionalResourceRepository#countingUnits},
 * in one round trip instead of two (issue 17).
 */
public interface TeamLimitsReader {

    /** The caller's membership and the units per type that count at the moment asked for. */
    record MemberUnits(TeamMembership membership, Map<ResourceType, Long> countingUnits) {
        public MemberUnits {
            Objects.requireNonNull(membership, "membership");
            Objects.requireNonNull(countingUnits, "countingUnits");
        }
    }

    /**
     * The team with {@code slug}, the role {@code user} has in it and its units counting at
     * {@code now} (types with none may be absent); empty when the team does not exist or the user
     * is not a member.
     */
    Optional<MemberUnits> find(TeamSlug slug, UserId user, Instant now);
}
