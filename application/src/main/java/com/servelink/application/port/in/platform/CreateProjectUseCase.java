package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.platform.Project;
import com.servelink.domain.team.TeamSlug;

/**
 * The operator records a project the platform created for a team. The name (1–100 code points)
 * is unique within the team; a second project with the same name is a conflict.
 */
public interface CreateProjectUseCase {

    record CreateProjectCommand(Actor actor, TeamSlug team, String name) {
    }

    Project create(CreateProjectCommand command);
}
