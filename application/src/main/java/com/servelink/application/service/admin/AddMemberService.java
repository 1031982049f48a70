package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.AddMemberUseCase;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.catalog.CountedLimit;
import com.servelink.domain.catalog.CountedLimitPolicy;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

/**
 * Adds a user to a team, within the plan's {@code members} limit (the team's row is locked while
 * its members are counted, so two additions cannot both take the last place), or changes the
 * role of a member, which the limit does not concern. Support staff belong to no team: they use
 * the staff routes.
 */
public final class AddMemberService implements AddMemberUseCase {
    private final PricingCatalog catalog;
    private final TeamRepository teams;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final Transactions transactions;

    public AddMemberService(PricingCatalog catalog, TeamRepository teams, UserRepository users,
                            MembershipRepository memberships, Transactions transactions) {
        this.catalog = catalog;
        this.teams = teams;
        this.users = users;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    @Override
    public Membership add(AddMemberCommand command) {
        TeamAccess.requireOperator(command.actor());
        FieldChecks checks = new FieldChecks().require(command.userId() > 0, "userId", "must be a positive integer");
        Role role = null;
        try {
            role = Role.fromCode(command.role());
        } catch (DomainException e) {
            e.fieldErrors().forEach(checks::add);
        }
        checks.throwIfAny();
        Role chosen = role;
        return transactions.inTransaction(() -> {
            Team team = teams.lockBySlug(command.team())
                    .orElseThrow(() -> DomainException.notFound("team " + command.team()));
            User user = users.findById(new UserId(command.userId()))
                    .orElseThrow(() -> DomainException.invalidField("userId", "no user has this id"));
            if (user.support()) {
                throw DomainException.invalidField("userId", "is support staff; staff belong to no team");
            }
            if (memberships.findMembership(team.slug(), user.id()).isEmpty()) {
                CountedLimitPolicy.requireRoomForOneMore(catalog.requirePlan(team.plan()).limits(),
                        CountedLimit.MEMBERS, memberships.countMembers(team.id()));
            }
            Membership membership = new Membership(team.id(), user.id(), chosen);
            memberships.save(membership);
            return membership;
        });
    }
}
