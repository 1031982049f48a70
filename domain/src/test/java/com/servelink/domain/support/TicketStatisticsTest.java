package com.servelink.domain.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TicketStatisticsTest {

    @Test
    void the_seed_example() {
        TicketStatistics stats = TicketStatistics.of(
                Map.of(TicketStatus.OPEN, 5L, TicketStatus.IN_PROGRESS, 3L, TicketStatus.WAITING, 0L,
                        TicketStatus.RESOLVED, 10L, TicketStatus.CLOSED, 0L),
                Map.of(TicketPriority.LOW, 0L, TicketPriority.NORMAL, 0L, TicketPriority.HIGH, 2L,
                        TicketPriority.URGENT, 1L),
                10, BigDecimal.valueOf(882_000), ServiceFigures.NONE);

        assertThat(stats.byStatus()).containsOnly(
                Map.entry(TicketStatus.OPEN, 5L), Map.entry(TicketStatus.IN_PROGRESS, 3L),
                Map.entry(TicketStatus.RESOLVED, 10L));
        assertThat(stats.byPriority()).containsOnly(
                Map.entry(TicketPriority.HIGH, 2L), Map.entry(TicketPriority.URGENT, 1L));
        assertThat(stats.total()).isEqualTo(18);
        assertThat(stats.open()).isEqualTo(8);
        assertThat(stats.closed()).isEqualTo(10);
        assertThat(stats.avgResolutionHours()).hasValueSatisfying(avg -> assertThat(avg).isEqualByComparingTo("24.5"));
    }

    @Test
    void open_counts_open_in_progress_and_waiting_and_closed_counts_resolved_and_closed() {
        TicketStatistics stats = TicketStatistics.of(
                Map.of(TicketStatus.OPEN, 1L, TicketStatus.IN_PROGRESS, 2L, TicketStatus.WAITING, 4L,
                        TicketStatus.RESOLVED, 8L, TicketStatus.CLOSED, 16L),
                Map.of(), 0, BigDecimal.ZERO, ServiceFigures.NONE);

        assertThat(stats.total()).isEqualTo(31);
        assertThat(stats.open()).isEqualTo(7);
        assertThat(stats.closed()).isEqualTo(24);
    }

    @ParameterizedTest(name = "{1} s over {0} tickets -> {2} h")
    @CsvSource({
            "3, 10854, 1.01",   // 1.005 h: half-up, not half-even
            "2, 8100,  1.13",   // 1.125 h
            "3, 3600,  0.33",   // 1/3 h
            "3, 7200,  0.67",   // 2/3 h
            "1, 5400,  1.50",
            "4, 0,     0.00",
    })
    void the_average_resolution_time_has_two_decimals_rounded_half_up(long resolved, long seconds, String hours) {
        TicketStatistics stats = TicketStatistics.of(Map.of(TicketStatus.RESOLVED, resolved), Map.of(), resolved,
                BigDecimal.valueOf(seconds), ServiceFigures.NONE);

        assertThat(stats.avgResolutionHours()).contains(new BigDecimal(hours));
    }

    @Test
    void without_any_resolved_ticket_there_is_no_average() {
        TicketStatistics stats = TicketStatistics.of(Map.of(TicketStatus.OPEN, 3L), Map.of(TicketPriority.HIGH, 3L),
                0, BigDecimal.ZERO, ServiceFigures.NONE);

        assertThat(stats.avgResolutionHours()).isEmpty();
    }

    @Test
    void a_team_without_tickets_has_zero_counts_and_no_keys() {
        TicketStatistics stats = TicketStatistics.of(Map.of(), Map.of(), 0, BigDecimal.ZERO, ServiceFigures.NONE);

        assertThat(stats.byStatus()).isEmpty();
        assertThat(stats.byPriority()).isEmpty();
        assertThat(stats.total()).isZero();
        assertThat(stats.open()).isZero();
        assertThat(stats.closed()).isZero();
        assertThat(stats.avgResolutionHours()).isEmpty();
    }
}
