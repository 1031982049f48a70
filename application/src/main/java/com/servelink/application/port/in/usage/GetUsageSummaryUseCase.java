package com.servelink.application.port.in.usage;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.TeamSlug;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** A member's view of one month of the team's usage (this month, UTC, by default); a future month is refused. */
public interface GetUsageSummaryUseCase {

    record GetUsageSummaryQuery(Actor actor, TeamSlug team, Optional<YearMonth> month) {
        public GetUsageSummaryQuery {
            Objects.requireNonNull(month, "month");
        }
    }

    UsageSummary summary(GetUsageSummaryQuery query);
}
