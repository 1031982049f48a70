package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.GetTeamLimitsUseCase;
import com.servelink.application.port.out.TeamLimitsReader;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PricingCatalog;

import java.time.Clock;

/**
 * Computes a team's effective limits: the membership and the add-on sums in one look-up (the
 * busiest route of the API: one round trip once the caller's token is remembered, issue 17).
 */
public final class GetTeamLimitsService implements GetTeamLimitsUseCase {
    private final TeamAccess access;
    private final PricingCatalog catalog;
    private final TeamLimitsReader reader;
    private final Clock clock;

    public GetTeamLimitsService(TeamAccess access, PricingCatalog catalog, TeamLimitsReader reader, Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public TeamLimits getLimits(GetTeamLimitsQuery query) {
        var read = access.requireMember(query.actor(), query.team(),
                (slug, user) -> reader.find(slug, user, clock.instant()));
        var plan = catalog.requirePlan(read.membership().team().plan());
        return TeamLimits.of(plan.limits(), AddOnTotals.fromUnits(read.countingUnits()));
    }
}
