package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.catalog.LimitOverrun;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Objects;

/**
 * The operator moves a team to another plan. On a plan without add-ons the team keeps its
 * active ones until they expire (paid time is honoured) and its pending ones are cancelled.
 * A plan whose {@code projects} or {@code members} limit is below what the team has is refused
 * ({@link com.servelink.domain.catalog.PlanLimitReached}) unless the operator forces it; a forced
 * move keeps every project and member and says what is over.
 */
public interface ChangeTeamPlanUseCase {

    record ChangeTeamPlanCommand(Actor actor, TeamSlug team, String plan, boolean force) {
        /** A move that is refused when the team has more than the new plan allows. */
        public ChangeTeamPlanCommand(Actor actor, TeamSlug team, String plan) {
            this(actor, team, plan, false);
        }
    }

    /** The team on its new plan, and the new plan's limits it is over (empty unless forced). */
    record PlanChanged(Team team, List<LimitOverrun> overLimits) {
        public PlanChanged {
            Objects.requireNonNull(team, "team");
            overLimits = List.copyOf(overLimits);
        }
    }

    PlanChanged changePlan(ChangeTeamPlanCommand command);
}
