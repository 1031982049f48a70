package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamSlug;

/**
 * The operator moves a team to another plan. On a plan without add-ons the team keeps its
 * active ones until they expire (paid time is honoured) and its pending ones are cancelled.
 */
public interface ChangeTeamPlanUseCase {

    record ChangeTeamPlanCommand(Actor actor, TeamSlug team, String plan) {
    }

    Team changePlan(ChangeTeamPlanCommand command);
}
