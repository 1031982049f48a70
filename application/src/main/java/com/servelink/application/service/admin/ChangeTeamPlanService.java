package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.Team;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Moves a team to another plan, cancelling its unpaid add-ons when the new plan sells none. */
public final class ChangeTeamPlanService implements ChangeTeamPlanUseCase {
    private final PricingCatalog catalog;
    private final TeamRepository teams;
    private final AdditionalResourceRepository resources;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeTeamPlanService(PricingCatalog catalog, TeamRepository teams, AdditionalResourceRepository resources,
                                 Transactions transactions, Clock clock) {
        this.catalog = catalog;
        this.teams = teams;
        this.resources = resources;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Team changePlan(ChangeTeamPlanCommand command) {
        TeamAccess.requireOperator(command.actor());
        FieldChecks checks = new FieldChecks();
        PlanId plan = PlanRules.parsePlan(catalog, command.plan(), checks);
        checks.throwIfAny();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Team team = teams.findBySlug(command.team())
                    .orElseThrow(() -> DomainException.notFound("team " + command.team()));
            team.changePlan(plan);
            teams.save(team);
            if (!catalog.requirePlan(plan).sellsAddOns()) {
                for (AdditionalResource pending : resources.findByTeam(team.id(), Optional.of(ResourceStatus.PENDING))) {
                    pending.cancelUnpaid(now);
                    resources.save(pending);
                }
            }
            return team;
        });
    }
}
