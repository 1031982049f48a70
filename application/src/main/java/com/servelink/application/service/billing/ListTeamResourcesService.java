package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ListTeamResourcesUseCase;
import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.RowPosition;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.AdditionalResource;

import java.time.Clock;
import java.util.Optional;

/** Lists a team's add-ons with the totals of those counting now. */
public final class ListTeamResourcesService implements ListTeamResourcesUseCase {
    private final TeamAccess access;
    private final AdditionalResourceRepository resources;
    private final Clock clock;

    public ListTeamResourcesService(TeamAccess access, AdditionalResourceRepository resources, Clock clock) {
        this.access = access;
        this.resources = resources;
        this.clock = clock;
    }

    @Override
    public TeamResources listResources(ListTeamResourcesQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Optional<RowPosition> after = query.page().cursor().map(RowPosition::decode);
        Page<AdditionalResource> page = Page.of(resources.findPageByTeam(team.id(), query.status(), after,
                query.page().probe()), query.page(), r -> new RowPosition(r.createdAt(), r.id().value()).encode());
        var totals = AddOnTotals.fromUnits(resources.countingUnits(team.id(), clock.instant()));
        return new TeamResources(page.items(), totals, page.nextCursor());
    }
}
