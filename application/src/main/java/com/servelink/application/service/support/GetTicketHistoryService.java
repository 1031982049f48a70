package com.servelink.application.service.support;

import com.servelink.application.port.in.support.GetTicketHistoryUseCase;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.TicketRepository.BucketCounts;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.DurationFigures;
import com.servelink.domain.support.HistoryBucket;
import com.servelink.domain.support.HistoryInterval;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.team.TeamId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the history's days (defaults from the clock, UTC), refuses more than
 * {@value GetTicketHistoryUseCase#MAX_BUCKETS} buckets before anything is read, then asks the
 * repository for every bucket in one go and names them.
 */
public final class GetTicketHistoryService implements GetTicketHistoryUseCase {
    private final TeamAccess access;
    private final TicketRepository tickets;
    private final Clock clock;

    public GetTicketHistoryService(TeamAccess access, TicketRepository tickets, Clock clock) {
        this.access = access;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public TicketHistory history(GetTicketHistoryQuery query) {
        Optional<TeamId> team;
        if (query.scope().team().isPresent()) {
            team = Optional.of(access.requireMember(query.actor(), query.scope().team().get()).team().id());
        } else {
            TeamAccess.requireStaff(query.actor());
            team = Optional.empty();
        }
        HistoryInterval interval = query.interval();
        LocalDate to = query.to().orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate from = query.from().orElseGet(() -> interval.minus(interval.startOf(to), DEFAULT_BUCKETS - 1L));
        new StatisticsPeriod(Optional.of(from), Optional.of(to)); // refuses from after to, naming both
        long count = interval.bucketsBetween(from, to);
        if (count > MAX_BUCKETS) {
            throw DomainException.invalidField("from", "the history holds at most " + MAX_BUCKETS + " "
                    + interval.code() + "s; this period has " + count);
        }
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = interval.startOf(from); !start.isAfter(to); start = interval.next(start)) {
            starts.add(start);
        }
        List<Instant> boundaries = new ArrayList<>(starts.size() + 1);
        starts.forEach(start -> boundaries.add(start.atStartOfDay(ZoneOffset.UTC).toInstant()));
        boundaries.add(interval.next(starts.get(starts.size() - 1)).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<BucketCounts> counts = tickets.history(team, boundaries);
        List<HistoryBucket> buckets = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            BucketCounts c = counts.get(i);
            buckets.add(new HistoryBucket(interval.label(start), start, interval.next(start).minusDays(1), c.created(),
                    c.resolved(), c.backlog(), c.medianResolutionSeconds().map(DurationFigures::hours)));
        }
        return new TicketHistory(interval, from, to, buckets);
    }
}
