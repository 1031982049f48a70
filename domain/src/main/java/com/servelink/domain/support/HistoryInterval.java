package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The width of a history bucket: an ISO week (Monday to Sunday, UTC) or a calendar month (UTC). */
public enum HistoryInterval {
    WEEK,
    MONTH;

    public String code() {
        return Codes.of(this);
    }

    /** {@code week} or {@code month}; anything else is refused, naming {@code field}. */
    public static HistoryInterval fromCode(String code, String field) {
        for (HistoryInterval interval : values()) {
            if (interval.code().equals(code)) {
                return interval;
            }
        }
        throw DomainException.invalidField(field, "must be week or month");
    }

    /** The first day of the bucket holding {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    /** {@code back} buckets before the one starting on {@code start}. */
    public LocalDate minus(LocalDate start, long back) {
        return this == WEEK ? start.minusWeeks(back) : start.minusMonths(back);
    }

    /** How many buckets the days from {@code from} to {@code to} touch. */
    public long bucketsBetween(LocalDate from, LocalDate to) {
        ChronoUnit unit = this == WEEK ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
        return unit.between(startOf(from), startOf(to)) + 1;
    }

    /** The bucket's name: the ISO week ({@code 2026-W49}, its week-based year) or the month ({@code 2026-12}). */
    public String label(LocalDate start) {
        if (this == WEEK) {
            return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return String.format("%d-%02d", start.getYear(), start.getMonthValue());
    }
}
