package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.AddMemberUseCase;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

/** Adds a user to a team. Support staff belong to no team: they use the staff routes. */
public final class AddMemberService implements AddMemberUseCase {
    private final TeamRepository teams;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final Transactions transactions;

    public AddMemberService(TeamRepository teams, UserRepository users, MembershipRepository memberships,
                            Transactions transactions) {
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
            Team team = teams.findBySlug(command.team())
                    .orElseThrow(() -> DomainException.notFound("team " + command.team()));
            User user = users.findById(new UserId(command.userId()))
                    .orElseThrow(() -> DomainException.invalidField("userId", "no user has this id"));
            if (user.support()) {
                throw DomainException.invalidField("userId", "is support staff; staff belong to no team");
            }
            Membership membership = new Membership(team.id(), user.id(), chosen);
            memberships.save(membership);
            return membership;
        });
    }
}
