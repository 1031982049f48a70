package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.Team;

/** The operator creates a team on a plan of the catalog. */
public interface CreateTeamUseCase {

    record CreateTeamCommand(Actor actor, String slug, String name, String plan) {
    }

    Team create(CreateTeamCommand command);
}
