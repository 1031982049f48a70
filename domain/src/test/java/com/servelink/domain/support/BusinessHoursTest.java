package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BusinessHoursTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final BusinessHours OFFICE = BusinessHours.of(PARIS,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0));

    @Test
    void around_the_clock_business_time_is_elapsed_time() {
        Instant start = Instant.parse("2025-01-25T10:00:00Z");
        assertThat(BusinessHours.ALWAYS.plus(start, Duration.ofHours(30))).isEqualTo(start.plus(Duration.ofHours(30)));
        assertThat(BusinessHours.ALWAYS.between(start, start.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(BusinessHours.ALWAYS.between(start, start.minusSeconds(90))).isZero();
    }

    @Test
    void time_added_on_a_friday_evening_runs_on_monday_morning() {
        // Friday 2025-01-24 17:00 in Paris (16:00Z): one hour left on Friday, three on Monday
        Instant friday = Instant.parse("2025-01-24T16:00:00Z");

        Instant due = OFFICE.plus(friday, Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse("2025-01-27T11:00:00Z")); // Monday 12:00 Paris
        assertThat(OFFICE.between(friday, due)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void time_starting_on_a_weekend_starts_at_the_next_opening() {
        Instant saturday = Instant.parse("2025-01-25T10:00:00Z");

        assertThat(OFFICE.plus(saturday, Duration.ofHours(2))).isEqualTo(Instant.parse("2025-01-27T10:00:00Z"));
        assertThat(OFFICE.between(saturday, Instant.parse("2025-01-26T22:00:00Z"))).isZero();
    }

    @Test
    void a_window_keeps_its_local_hours_across_the_spring_change() {
        // summer time starts on Sunday 2027-03-28: Friday 17:00 is 16:00Z, Monday 10:00 is 08:00Z
        Instant friday = Instant.parse("2027-03-26T16:00:00Z");

        Instant due = OFFICE.plus(friday, Duration.ofHours(2));

        assertThat(due).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
        assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(64));
        assertThat(OFFICE.between(friday, due)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_full_week_holds_forty_five_business_hours() {
        Instant monday = Instant.parse("2025-01-27T00:00:00Z");
        assertThat(OFFICE.between(monday, monday.plus(Duration.ofDays(7)))).isEqualTo(Duration.ofHours(45));
        assertThat(OFFICE.plus(monday, Duration.ofHours(45))).isEqualTo(Instant.parse("2025-01-31T17:00:00Z"));
    }

    @Test
    void a_calendar_needs_days_and_an_opening_before_the_closing() {
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> BusinessHours.of(PARIS,
                EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(18, 0)));
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> BusinessHours.of(PARIS,
                EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(9, 0)));
    }
}
