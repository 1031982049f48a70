package com.servelink.domain.support;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.servelink.domain.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationFiguresTest {

    private static List<BigDecimal> hours(double... values) {
        return java.util.Arrays.stream(values).mapToObj(h -> BigDecimal.valueOf(h).multiply(BigDecimal.valueOf(3600)))
                .toList();
    }

    @Test
    void four_durations_have_the_interpolated_median_and_p90() {
        // sorted 1, 2, 4, 10 h: median rank 1.5 → 3 h; p90 rank 2.7 → 4 + 0.7·6 = 8.2 h; mean 4.25 h
        DurationFigures figures = DurationFigures.ofSeconds(hours(10, 1, 4, 2));
        assertThat(figures.n()).isEqualTo(4);
        assertThat(figures.meanHours()).contains(new BigDecimal("4.25"));
        assertThat(figures.medianHours()).contains(new BigDecimal("3.00"));
        assertThat(figures.p90Hours()).contains(new BigDecimal("8.20"));
    }

    @Test
    void no_duration_has_no_figures_never_zero() {
        DurationFigures none = DurationFigures.ofSeconds(List.of());
        assertThat(none).isEqualTo(DurationFigures.NONE);
        assertThat(none.meanHours()).isEmpty();
        assertThat(none.medianHours()).isEmpty();
        assertThat(none.p90Hours()).isEmpty();
    }

    @Test
    void a_database_percentile_in_double_precision_loses_its_noise() {
        // 8100.000000000001 s from a float8 interpolation is 2.25 h, not 2.26 h nor 2.2500000...
        assertThat(DurationFigures.hours(new BigDecimal("8100.000000000001"))).isEqualByComparingTo("2.25");
        assertThat(DurationFigures.hours(new BigDecimal("8117.999999999999"))).isEqualByComparingTo("2.26");
    }

    @Test
    void the_first_contact_rate_is_over_resolved_tickets_and_empty_without_them() {
        assertThat(new ServiceFigures(DurationFigures.NONE, DurationFigures.NONE, 3, 2).firstContactResolutionRate())
                .contains(new BigDecimal("0.6667"));
        assertThat(ServiceFigures.NONE.firstContactResolutionRate()).isEmpty();
    }

    @Test
    void a_period_counts_whole_utc_days_and_refuses_from_after_to() {
        StatisticsPeriod january = new StatisticsPeriod(Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.of(LocalDate.of(2026, 1, 31)));
        assertThat(january.contains(java.time.Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(january.contains(java.time.Instant.parse("2026-01-31T23:59:59.999999Z"))).isTrue();
        assertThat(january.contains(java.time.Instant.parse("2026-02-01T00:00:00Z"))).isFalse();
        assertThat(january.contains(java.time.Instant.parse("2025-12-31T23:59:59Z"))).isFalse();
        assertThat(StatisticsPeriod.ALL_TIME.contains(java.time.Instant.EPOCH)).isTrue();
        assertThatThrownBy(() -> new StatisticsPeriod(Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.of(LocalDate.of(2026, 1, 31))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(com.servelink.domain.shared.FieldError::field).containsExactly("from", "to"));
    }

    @Test
    void weeks_are_iso_weeks_and_months_calendar_months() {
        LocalDate thursday = LocalDate.of(2027, 1, 1); // ISO week 53 of 2026
        assertThat(HistoryInterval.WEEK.startOf(thursday)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(HistoryInterval.WEEK.label(LocalDate.of(2026, 12, 28))).isEqualTo("2026-W53");
        assertThat(HistoryInterval.MONTH.label(HistoryInterval.MONTH.startOf(thursday))).isEqualTo("2027-01");
        assertThat(HistoryInterval.WEEK.bucketsBetween(LocalDate.of(2026, 12, 27), LocalDate.of(2026, 12, 28)))
                .isEqualTo(2);
        assertThat(HistoryInterval.MONTH.bucketsBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 12, 1)))
                .isEqualTo(12);
        assertThatThrownBy(() -> HistoryInterval.fromCode("day", "interval"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(com.servelink.domain.shared.FieldError::field).containsExactly("interval"));
    }
}
