package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.CreateTeamUseCase;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;

/** Creates a team; a slug already taken is a conflict. */
public final class CreateTeamService implements CreateTeamUseCase {
    private final PricingCatalog catalog;
    private final TeamRepository teams;
    private final Transactions transactions;
    private final IdSource ids;

    public CreateTeamService(PricingCatalog catalog, TeamRepository teams, Transactions transactions, IdSource ids) {
        this.catalog = catalog;
        this.teams = teams;
        this.transactions = transactions;
        this.ids = ids;
    }

    @Override
    public Team create(CreateTeamCommand command) {
        TeamAccess.requireOperator(command.actor());
        FieldChecks checks = new FieldChecks()
                .require(TeamSlug.isValid(command.slug()), "slug",
                        "must be 3 to 40 characters of a-z, 0-9 and -, starting with a letter")
                .text(command.name(), "name", 1, 100);
        PlanId plan = PlanRules.parsePlan(catalog, command.plan(), checks);
        checks.throwIfAny();
        Team team = Team.create(TeamId.fromOpaque(ids.nextOpaqueId()), new TeamSlug(command.slug()), command.name(),
                plan);
        return transactions.inTransaction(() -> {
            if (teams.findBySlug(team.slug()).isPresent()) {
                throw new DomainException(ErrorCode.CONFLICT, "a team with slug " + team.slug() + " already exists");
            }
            teams.save(team);
            return team;
        });
    }
}
