package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.paging.PageRequest;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Shows a member the team's add-ons, newest first and a page at a time, and what the counting
 * ones add up to (the totals are the team's, whatever the page or the status asked).
 */
public interface ListTeamResourcesUseCase {

    record ListTeamResourcesQuery(Actor actor, TeamSlug team, Optional<ResourceStatus> status, PageRequest page) {
        public ListTeamResourcesQuery {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(page, "page");
        }

        /** The first page, of the default size. */
        public ListTeamResourcesQuery(Actor actor, TeamSlug team, Optional<ResourceStatus> status) {
            this(actor, team, status, PageRequest.first());
        }
    }

    record TeamResources(List<AdditionalResource> resources, AddOnTotals totals, Optional<String> nextCursor) {
        public TeamResources {
            resources = List.copyOf(resources);
            Objects.requireNonNull(totals, "totals");
            Objects.requireNonNull(nextCursor, "nextCursor");
        }
    }

    TeamResources listResources(ListTeamResourcesQuery query);
}
