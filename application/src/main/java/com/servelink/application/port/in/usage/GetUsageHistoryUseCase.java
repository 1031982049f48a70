package com.servelink.application.port.in.usage;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.TeamSlug;

/** A member's view of the team's last {@code months} months (this one included), from 1 to 24. */
public interface GetUsageHistoryUseCase {
    int DEFAULT_MONTHS = 6;
    int MAX_MONTHS = 24;

    record GetUsageHistoryQuery(Actor actor, TeamSlug team, int months) {
    }

    UsageHistory history(GetUsageHistoryQuery query);
}
