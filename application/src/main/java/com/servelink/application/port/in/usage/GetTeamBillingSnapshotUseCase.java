package com.servelink.application.port.in.usage;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.TeamId;

import java.util.Objects;

/**
 * A team's billing now, for support staff only (the staff ticket view shows it beside the
 * ticket); members see the same figures through their own limits, usage and payments routes.
 * Read in a fixed number of statements, whatever the number of add-ons, alerts and payments.
 */
public interface GetTeamBillingSnapshotUseCase {
    int LAST_PAYMENTS = 5;

    record GetTeamBillingSnapshotQuery(Actor actor, TeamId team) {
        public GetTeamBillingSnapshotQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
        }
    }

    TeamBillingSnapshot snapshot(GetTeamBillingSnapshotQuery query);
}
