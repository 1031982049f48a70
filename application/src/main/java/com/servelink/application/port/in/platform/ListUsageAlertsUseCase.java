package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.in.paging.PageRequest;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.TeamSlug;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** Shows a member the team's usage alerts, newest first, optionally of one month, a page at a time. */
public interface ListUsageAlertsUseCase {

    record ListUsageAlertsQuery(Actor actor, TeamSlug team, Optional<YearMonth> month, PageRequest page) {
        public ListUsageAlertsQuery {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(page, "page");
        }

        /** The first page, of the default size. */
        public ListUsageAlertsQuery(Actor actor, TeamSlug team, Optional<YearMonth> month) {
            this(actor, team, month, PageRequest.first());
        }
    }

    Page<UsageAlert> list(ListUsageAlertsQuery query);
}
