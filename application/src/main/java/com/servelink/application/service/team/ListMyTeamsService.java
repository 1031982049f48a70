package com.servelink.application.service.team;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.team.ListMyTeamsUseCase;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.domain.catalog.PricingCatalog;

import java.util.List;

/** Lists a user's teams; staff and the operator belong to none. */
public final class ListMyTeamsService implements ListMyTeamsUseCase {
    private final MembershipRepository memberships;
    private final TeamOverviews overviews;

    public ListMyTeamsService(MembershipRepository memberships, PricingCatalog catalog) {
        this.memberships = memberships;
        this.overviews = new TeamOverviews(catalog);
    }

    @Override
    public List<TeamOverview> listTeams(Actor actor) {
        if (!(actor instanceof Actor.TeamUser user)) {
            return List.of();
        }
        return memberships.teamsOf(user.userId()).stream()
                .map(membership -> overviews.of(membership.team(), membership.role()))
                .toList();
    }
}
