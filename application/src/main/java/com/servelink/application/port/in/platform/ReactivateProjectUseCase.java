package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.team.TeamSlug;

/** An owner or admin reactivates a paused project of the team; a disabled one cannot be. */
public interface ReactivateProjectUseCase {

    record ReactivateProjectCommand(Actor actor, TeamSlug team, ProjectId projectId) {
    }

    Project reactivate(ReactivateProjectCommand command);
}
