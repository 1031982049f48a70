package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.support.HistoryBucket;
import com.servelink.domain.support.HistoryInterval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A desk's history, week by week or month by month (UTC): one team's for its members, all
 * teams' for staff. Without {@code to}, up to today; without {@code from}, the
 * {@value #DEFAULT_BUCKETS} buckets ending with the one holding {@code to}. The days asked for are
 * widened to whole buckets, and at most {@value #MAX_BUCKETS} buckets are built.
 */
public interface GetTicketHistoryUseCase {
    int DEFAULT_BUCKETS = 12;
    int MAX_BUCKETS = 520;

    record GetTicketHistoryQuery(Actor actor, TicketScope scope, HistoryInterval interval, Optional<LocalDate> from,
                                 Optional<LocalDate> to) {
        public GetTicketHistoryQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** The history asked for: the days it covers after defaults ({@code from}, {@code to}) and its buckets. */
    record TicketHistory(HistoryInterval interval, LocalDate from, LocalDate to, List<HistoryBucket> buckets) {
        public TicketHistory {
            buckets = List.copyOf(buckets);
        }
    }

    TicketHistory history(GetTicketHistoryQuery query);
}
