package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.ListProjectsUseCase;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.Project;

import java.util.List;

/** Lists a team's projects for one of its members. */
public final class ListProjectsService implements ListProjectsUseCase {
    private final TeamAccess access;
    private final ProjectRepository projects;

    public ListProjectsService(TeamAccess access, ProjectRepository projects) {
        this.access = access;
        this.projects = projects;
    }

    @Override
    public List<Project> list(ListProjectsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        return projects.findByTeam(team.id());
    }
}
