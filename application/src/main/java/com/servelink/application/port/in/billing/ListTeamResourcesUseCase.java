package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Optional;

/** Shows a member the team's add-ons and what the counting ones add up to. */
public interface ListTeamResourcesUseCase {

    record ListTeamResourcesQuery(Actor actor, TeamSlug team, Optional<ResourceStatus> status) {
    }

    record TeamResources(List<AdditionalResource> resources, AddOnTotals totals) {
    }

    TeamResources listResources(ListTeamResourcesQuery query);
}
