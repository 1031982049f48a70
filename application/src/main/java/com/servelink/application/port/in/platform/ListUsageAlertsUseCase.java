package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.TeamSlug;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Shows a member the team's usage alerts, newest first, optionally of one month. */
public interface ListUsageAlertsUseCase {

    record ListUsageAlertsQuery(Actor actor, TeamSlug team, Optional<YearMonth> month) {
        public ListUsageAlertsQuery {
            Objects.requireNonNull(month, "month");
        }
    }

    List<UsageAlert> list(ListUsageAlertsQuery query);
}
