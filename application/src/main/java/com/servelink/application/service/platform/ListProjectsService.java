package com.servelink.application.service.platform;

import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.in.platform.ListProjectsUseCase;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.RowPosition;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.Project;

import java.util.Optional;

/** Lists a team's projects for one of its members. */
public final class ListProjectsService implements ListProjectsUseCase {
    private final TeamAccess access;
    private final ProjectRepository projects;

    public ListProjectsService(TeamAccess access, ProjectRepository projects) {
        this.access = access;
        this.projects = projects;
    }

    @Override
    public Page<Project> list(ListProjectsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Optional<RowPosition> after = query.page().cursor().map(RowPosition::decode);
        return Page.of(projects.findPageByTeam(team.id(), after, query.page().probe()), query.page(),
                p -> new RowPosition(p.createdAt(), p.id().value()).encode());
    }
}
