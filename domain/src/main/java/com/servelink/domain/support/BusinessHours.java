package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hours in which support's clocks run: working days and one daily window in a time zone, or
 * every hour of every day ({@link #ALWAYS}). Measured in local time, so a window keeps its
 * local hours across daylight-saving changes (09:00–18:00 stays nine hours of work).
 */
public final class BusinessHours {
    /** 24/7: business time is plain elapsed time. */
    public static final BusinessHours ALWAYS = new BusinessHours(null, Set.of(), null, null);

    /** No ticket waits longer than this many calendar days for its next window (ten years). */
    private static final int MAX_DAYS = 3700;

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;

    private BusinessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        this.zone = zone;
        this.days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        this.opens = opens;
        this.closes = closes;
    }

    /** Working {@code days} from {@code opens} to {@code closes} (local time in {@code zone}). */
    public static BusinessHours of(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (days == null || days.isEmpty()) {
            throw DomainException.invalidField("businessHours", "needs at least one working day");
        }
        if (!opens.isBefore(closes)) {
            throw DomainException.invalidField("businessHours", "the opening time must be before the closing time");
        }
        return new BusinessHours(zone, days, opens, closes);
    }

    public boolean isAlways() {
        return zone == null;
    }

    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    public Set<DayOfWeek> days() {
        return days;
    }

    public Optional<LocalTime> opens() {
        return Optional.ofNullable(opens);
    }

    public Optional<LocalTime> closes() {
        return Optional.ofNullable(closes);
    }

    /** The instant at which {@code amount} of business time has run from {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative business time: " + amount);
        }
        if (isAlways() || amount.isZero()) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        Instant cursor = start;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant windowStart = window(day, opens);
            Instant windowEnd = window(day, closes);
            if (!cursor.isBefore(windowEnd)) {
                continue;
            }
            Instant from = cursor.isAfter(windowStart) ? cursor : windowStart;
            Duration available = Duration.between(from, windowEnd);
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
            cursor = windowEnd;
        }
        throw new IllegalStateException("no business window within " + MAX_DAYS + " days of " + start);
    }

    /** Business time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (isAlways()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant windowStart = window(day, opens);
            Instant windowEnd = window(day, closes);
            Instant start = from.isAfter(windowStart) ? from : windowStart;
            Instant end = to.isBefore(windowEnd) ? to : windowEnd;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private Instant window(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessHours that && Objects.equals(zone, that.zone) && days.equals(that.days)
                && Objects.equals(opens, that.opens) && Objects.equals(closes, that.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, days, opens, closes);
    }

    @Override
    public String toString() {
        return isAlways() ? "24/7" : zone + ";" + days + ";" + opens + "-" + closes;
    }
}
