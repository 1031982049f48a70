package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.application.port.out.MembershipRepository.TeamMembership;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The authorisation decisions of team routes, in one place. A caller who is not a member of a
 * team learns nothing about it: the answer is "not found", exactly as for a missing team.
 */
public final class TeamAccess {
    private final MembershipRepository memberships;

    public TeamAccess(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** The team and the caller's role, if the caller is one of its members. */
    public TeamMembership requireMember(Actor actor, TeamSlug slug) {
        if (actor instanceof Actor.TeamUser user) {
            return memberships.findMembership(slug, user.userId()).orElseThrow(() -> teamNotFound(slug));
        }
        throw teamNotFound(slug);
    }

    /**
     * As {@link #requireMember}, with a look-up that brings more than the membership in the same
     * round trip (the limits route's, issue 17); empty from {@code lookup} is "not found" too.
     */
    public <T> T requireMember(Actor actor, TeamSlug slug, BiFunction<TeamSlug, UserId, Optional<T>> lookup) {
        if (actor instanceof Actor.TeamUser user) {
            return lookup.apply(slug, user.userId()).orElseThrow(() -> teamNotFound(slug));
        }
        throw teamNotFound(slug);
    }

    /** As {@link #requireMember}, and the caller manages the team's billing (owner or admin). */
    public TeamMembership requireBillingManager(Actor actor, TeamSlug slug) {
        TeamMembership membership = requireMember(actor, slug);
        if (!membership.role().managesBilling()) {
            throw billingRefusal(membership.role());
        }
        return membership;
    }

    /** The refusal met by a member whose role does not manage billing. */
    public static DomainException billingRefusal(Role role) {
        return new DomainException(ErrorCode.FORBIDDEN,
                "only the team's owners and admins manage add-ons; you are a " + role.code());
    }

    /** The caller, if it is support staff. */
    public static Actor.Staff requireStaff(Actor actor) {
        if (actor instanceof Actor.Staff staff) {
            return staff;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "this action is reserved to support staff");
    }

    /** The caller, if it is the platform operator. */
    public static void requireOperator(Actor actor) {
        if (!(actor instanceof Actor.Operator)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "this action is reserved to the platform operator");
        }
    }

    private static DomainException teamNotFound(TeamSlug slug) {
        return DomainException.notFound("team " + slug);
    }
}
