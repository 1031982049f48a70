package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.PlanChange;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.CountedLimitPolicy;
import com.servelink.domain.catalog.LimitOverrun;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PlanLimitReached;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.Team;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moves a team to another plan; what that does to its add-ons is {@link PlanChange}'s rule, and
 * whether its projects and members fit is {@link CountedLimitPolicy}'s. The team's row is locked
 * first, so a project or member being added meanwhile is counted.
 */
public final class ChangeTeamPlanService implements ChangeTeamPlanUseCase {
    private final PricingCatalog catalog;
    private final TeamRepository teams;
    private final AdditionalResourceRepository resources;
    private final ProjectRepository projects;
    private final MembershipRepository memberships;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public ChangeTeamPlanService(PricingCatalog catalog, TeamRepository teams, AdditionalResourceRepository resources,
                                 ProjectRepository projects, MembershipRepository memberships,
                                 Transactions transactions, Clock clock, EventPublisher events) {
        this.catalog = catalog;
        this.teams = teams;
        this.resources = resources;
        this.projects = projects;
        this.memberships = memberships;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public PlanChanged changePlan(ChangeTeamPlanCommand command) {
        TeamAccess.requireOperator(command.actor());
        FieldChecks checks = new FieldChecks();
        PlanId plan = PlanRules.parsePlan(catalog, command.plan(), checks);
        checks.throwIfAny();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Team team = teams.lockBySlug(command.team())
                    .orElseThrow(() -> DomainException.notFound("team " + command.team()));
            Plan newPlan = catalog.requirePlan(plan);
            List<LimitOverrun> over = CountedLimitPolicy.overruns(newPlan.limits(),
                    projects.countCountingTowardsLimit(team.id()), memberships.countMembers(team.id()));
            if (!over.isEmpty() && !command.force()) {
                throw new PlanLimitReached("team " + team.slug() + " has more than plan " + plan + " allows", over);
            }
            team.changePlan(plan);
            teams.save(team);
            if (PlanChange.cancelsUnpaidAddOns(newPlan)) {
                List<AdditionalResource> unpaid = resources.findByTeam(team.id(), Optional.of(ResourceStatus.PENDING));
                for (AdditionalResource cancelled : PlanChange.apply(newPlan, unpaid, now)) {
                    resources.save(cancelled);
                    events.publish(new AddOnEvent.Cancelled(cancelled.id(), cancelled.teamId(), now));
                }
            }
            return new PlanChanged(team, over);
        });
    }
}
