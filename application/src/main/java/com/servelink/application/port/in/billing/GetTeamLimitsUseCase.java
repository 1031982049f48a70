package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.team.TeamSlug;

/** A team's effective limits now: its plan plus its counting add-ons. */
public interface GetTeamLimitsUseCase {

    record GetTeamLimitsQuery(Actor actor, TeamSlug team) {
    }

    TeamLimits getLimits(GetTeamLimitsQuery query);
}
