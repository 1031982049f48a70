package com.servelink.application.support;

import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.GetTicketHistoryQuery;
import com.servelink.application.port.in.support.GetTicketStatisticsUseCase.GetTicketStatisticsQuery;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.support.UpdateTicketUseCase.UpdateTicketCommand;
import com.servelink.application.service.support.GetTicketHistoryService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.HistoryBucket;
import com.servelink.domain.support.HistoryInterval;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.RIVAL;
import static org.assertj.core.api.Assertions.assertThat;

/** Statistics over a period and the week/month history, on the in-memory adapters (clock from 2025-01-25 10:00 UTC). */
class TicketStatisticsPeriodTest {
    private final TestCore core = new TestCore();
    private final GetTicketHistoryService history = new GetTicketHistoryService(core.access, core.tickets, core.clock);

    private TicketId open(String subject) {
        return core.createTicket.create(CreateTicketCommand.of(core.member, ACME, subject, "Rien ne marche", null,
                null)).ticket().id();
    }

    private void staffReply(TicketId ticket) {
        core.postMessage.post(new PostMessageCommand(core.staff, TicketScope.staff(), ticket, "On regarde", false));
    }

    private void resolve(TicketId ticket) {
        core.updateTicket.update(new UpdateTicketCommand(core.member, TicketScope.ofTeam(ACME), ticket,
                Optional.of(TicketStatus.RESOLVED), Optional.empty(), Optional.empty()));
    }

    private static StatisticsPeriod days(String from, String to) {
        return new StatisticsPeriod(Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse));
    }

    @Test
    void the_period_selects_tickets_by_creation_day_and_the_figures_state_n() {
        TicketId a = open("A"); // 2025-01-25 10:00
        core.clock.advance(Duration.ofHours(1));
        staffReply(a);
        core.clock.advance(Duration.ofHours(1));
        resolve(a); // resolved after 2 h, first response after 1 h, one support reply
        core.clock.advance(Duration.ofDays(10)); // 2025-02-04 12:00
        TicketId b = open("B");
        core.clock.advance(Duration.ofHours(4));
        staffReply(b);
        staffReply(b);
        resolve(b); // resolved after 4 h, two support replies

        var query = (java.util.function.Function<StatisticsPeriod, com.servelink.domain.support.TicketStatistics>)
                period -> core.statistics.statistics(new GetTicketStatisticsQuery(core.member, TicketScope.ofTeam(ACME),
                        period));
        var all = query.apply(StatisticsPeriod.ALL_TIME);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.service().resolution().n()).isEqualTo(2);
        assertThat(all.service().resolution().medianHours()).contains(new BigDecimal("3.00"));
        assertThat(all.service().resolution().p90Hours()).contains(new BigDecimal("3.80"));
        assertThat(all.service().firstResponse().meanHours()).contains(new BigDecimal("2.50"));
        assertThat(all.service().firstContactResolutionRate()).contains(new BigDecimal("0.5000"));

        var january = query.apply(days("2025-01-01", "2025-01-31"));
        assertThat(january.total()).isEqualTo(1);
        assertThat(january.service().resolution().meanHours()).contains(new BigDecimal("2.00"));
        assertThat(january.service().firstContactResolutionRate()).contains(new BigDecimal("1.0000"));

        var february4 = query.apply(days("2025-02-04", "2025-02-04"));
        assertThat(february4.total()).isEqualTo(1);
        assertThat(february4.service().firstContactResolutionRate()).contains(new BigDecimal("0.0000"));

        var empty = query.apply(days("2025-03-01", null));
        assertThat(empty.total()).isZero();
        assertThat(empty.service().resolution().n()).isZero();
        assertThat(empty.service().resolution().medianHours()).isEmpty();
        assertThat(empty.service().firstContactResolutionRate()).isEmpty();
    }

    @Test
    void the_history_counts_created_resolved_and_the_backlog_at_each_weeks_end() {
        TicketId a = open("A"); // Saturday 2025-01-25, ISO week 2025-W04
        open("B");
        core.clock.advance(Duration.ofDays(3)); // Tuesday 2025-01-28, W05
        resolve(a);
        core.clock.advance(Duration.ofDays(7)); // 2025-02-04, W06

        var weeks = history.history(new GetTicketHistoryQuery(core.member, TicketScope.ofTeam(ACME),
                HistoryInterval.WEEK, Optional.empty(), Optional.empty()));
        assertThat(weeks.to()).isEqualTo(LocalDate.parse("2025-02-04"));
        assertThat(weeks.buckets()).hasSize(GetTicketHistoryUseCase.DEFAULT_BUCKETS);
        HistoryBucket w04 = weeks.buckets().get(9);
        assertThat(w04.label()).isEqualTo("2025-W04");
        assertThat(w04.start()).isEqualTo(LocalDate.parse("2025-01-20"));
        assertThat(w04.end()).isEqualTo(LocalDate.parse("2025-01-26"));
        assertThat(w04.created()).isEqualTo(2);
        assertThat(w04.backlog()).isEqualTo(2);
        assertThat(w04.medianResolutionHours()).isEmpty();
        HistoryBucket w05 = weeks.buckets().get(10);
        assertThat(w05.resolved()).isEqualTo(1);
        assertThat(w05.backlog()).isEqualTo(1);
        assertThat(w05.medianResolutionHours()).contains(new BigDecimal("72.00"));
        assertThat(weeks.buckets().get(11).label()).isEqualTo("2025-W06");
        assertThat(weeks.buckets().get(0).backlog()).isZero();

        var months = history.history(new GetTicketHistoryQuery(core.staff, TicketScope.staff(), HistoryInterval.MONTH,
                Optional.of(LocalDate.parse("2025-01-15")), Optional.of(LocalDate.parse("2025-02-01"))));
        assertThat(months.buckets()).extracting(HistoryBucket::label).containsExactly("2025-01", "2025-02");
        assertThat(months.buckets()).extracting(HistoryBucket::created).containsExactly(2L, 0L);
        assertThat(months.buckets()).extracting(HistoryBucket::backlog).containsExactly(1L, 1L);
    }

    @Test
    void the_history_refuses_reversed_days_too_many_buckets_and_the_wrong_door() {
        refusedFields(() -> history.history(new GetTicketHistoryQuery(core.member, TicketScope.ofTeam(ACME),
                HistoryInterval.WEEK, Optional.of(LocalDate.parse("2025-02-01")),
                Optional.of(LocalDate.parse("2025-01-01")))), "from", "to");
        refusedFields(() -> history.history(new GetTicketHistoryQuery(core.member, TicketScope.ofTeam(ACME),
                HistoryInterval.WEEK, Optional.of(LocalDate.parse("2000-01-01")),
                Optional.of(LocalDate.parse("2025-01-01")))), "from");
        assertThat(history.history(new GetTicketHistoryQuery(core.member, TicketScope.ofTeam(ACME),
                HistoryInterval.MONTH, Optional.of(LocalDate.parse("1982-02-01")),
                Optional.of(LocalDate.parse("2025-05-31")))).buckets()).hasSize(GetTicketHistoryUseCase.MAX_BUCKETS);
        refused(() -> history.history(new GetTicketHistoryQuery(core.member, TicketScope.staff(), HistoryInterval.WEEK,
                Optional.empty(), Optional.empty())), ErrorCode.FORBIDDEN);
        refused(() -> history.history(new GetTicketHistoryQuery(core.member, TicketScope.ofTeam(RIVAL),
                HistoryInterval.WEEK, Optional.empty(), Optional.empty())), ErrorCode.NOT_FOUND);
    }
}
