package com.servelink.application.port.in.team;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.TeamSlug;

/** One team as a member sees it: its plan, the member's role, and what the member may do. */
public interface GetTeamOverviewUseCase {

    record GetTeamOverviewQuery(Actor actor, TeamSlug team) {
    }

    TeamOverview overview(GetTeamOverviewQuery query);
}
