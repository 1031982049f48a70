package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.in.paging.PageRequest;
import com.servelink.domain.platform.Project;
import com.servelink.domain.team.TeamSlug;

import java.util.Objects;

/** Shows a member the team's projects, oldest first, with their status and storage, a page at a time. */
public interface ListProjectsUseCase {

    record ListProjectsQuery(Actor actor, TeamSlug team, PageRequest page) {
        public ListProjectsQuery {
            Objects.requireNonNull(page, "page");
        }

        /** The first page, of the default size. */
        public ListProjectsQuery(Actor actor, TeamSlug team) {
            this(actor, team, PageRequest.first());
        }
    }

    Page<Project> list(ListProjectsQuery query);
}
