package com.servelink.application.service.team;

import com.servelink.application.port.in.team.GetTeamOverviewUseCase;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.catalog.PricingCatalog;

/** Shows a member one of its teams; anyone else is told the team does not exist. */
public final class GetTeamOverviewService implements GetTeamOverviewUseCase {
    private final TeamAccess access;
    private final TeamOverviews overviews;

    public GetTeamOverviewService(TeamAccess access, PricingCatalog catalog) {
        this.access = access;
        this.overviews = new TeamOverviews(catalog);
    }

    @Override
    public TeamOverview overview(GetTeamOverviewQuery query) {
        var membership = access.requireMember(query.actor(), query.team());
        return overviews.of(membership.team(), membership.role());
    }
}
