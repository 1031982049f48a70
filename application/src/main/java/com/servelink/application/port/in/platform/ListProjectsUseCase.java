package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.platform.Project;
import com.servelink.domain.team.TeamSlug;

import java.util.List;

/** Shows a member the team's projects, oldest first, with their status and storage. */
public interface ListProjectsUseCase {

    record ListProjectsQuery(Actor actor, TeamSlug team) {
    }

    List<Project> list(ListProjectsQuery query);
}
