package com.servelink.application.inmemory;

import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.application.port.out.TeamLimitsReader;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Optional;

/** The reference answer: the membership look-up, then the team's counting units, as two calls. */
public final class InMemoryTeamLimitsReader implements TeamLimitsReader {
    private final MembershipRepository memberships;
    private final AdditionalResourceRepository resources;

    public InMemoryTeamLimitsReader(MembershipRepository memberships, AdditionalResourceRepository resources) {
        this.memberships = memberships;
        this.resources = resources;
    }

    @Override
    public Optional<MemberUnits> find(TeamSlug slug, UserId user, Instant now) {
        return memberships.findMembership(slug, user)
                .map(membership -> new MemberUnits(membership, resources.countingUnits(membership.team().id(), now)));
    }
}
