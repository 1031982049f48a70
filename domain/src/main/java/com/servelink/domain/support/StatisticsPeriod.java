package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tickets a statistic counts: those created from {@code from} (00:00 UTC) to the end of
 * {@code to} (inclusive whole days, UTC); an absent bound is open, both absent is all time.
 * {@code from} after {@code to} is refused, naming both fields.
 */
public record StatisticsPeriod(Optional<LocalDate> from, Optional<LocalDate> to) {
    public static final StatisticsPeriod ALL_TIME = new StatisticsPeriod(Optional.empty(), Optional.empty());

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw DomainException.invalidFields(List.of(
                    new FieldError("from", "must not be after to (" + to.get() + ")"),
                    new FieldError("to", "must not be before from (" + from.get() + ")")));
        }
    }

    /** The first instant counted, when bounded. */
    public Optional<Instant> start() {
        return from.map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The first instant no longer counted (the day after {@code to}, 00:00 UTC), when bounded. */
    public Optional<Instant> end() {
        return to.map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public boolean contains(Instant at) {
        return start().map(s -> !at.isBefore(s)).orElse(true) && end().map(at::isBefore).orElse(true);
    }
}
