package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.GetTeamLimitsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PricingCatalog;

import java.time.Clock;

/** Computes a team's effective limits: one membership look-up, one aggregate query. */
public final class GetTeamLimitsService implements GetTeamLimitsUseCase {
    private final TeamAccess access;
    private final PricingCatalog catalog;
    private final AdditionalResourceRepository resources;
    private final Clock clock;

    public GetTeamLimitsService(TeamAccess access, PricingCatalog catalog, AdditionalResourceRepository resources,
                                Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.resources = resources;
        this.clock = clock;
    }

    @Override
    public TeamLimits getLimits(GetTeamLimitsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        var plan = catalog.requirePlan(team.plan());
        return TeamLimits.of(plan.limits(), AddOnTotals.fromUnits(resources.countingUnits(team.id(), clock.instant())));
    }
}
