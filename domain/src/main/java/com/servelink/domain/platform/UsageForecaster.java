package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Forecasts a metric's month-end value and the day it reaches its limit, from the month's daily
 * values, in exact decimal arithmetic (a division is rounded once, to what is shown; the day a
 * limit is reached is a ceiling of an exact quotient). Rules, per {@link ForecastMethod}:
 * <ul>
 *   <li>flows ({@code cpu_core_hours}, {@code traffic_gb}): the rate is the month's total over the
 *   {@code n} days up to the last report (days without a report count as zero use); month end =
 *   total × days in month / n; the limit is reached on day ⌈limit × n / total⌉;</li>
 *   <li>{@code memory_mb_peak}: the peak so far is the forecast; it reached the limit on the first
 *   day at or over it;</li>
 *   <li>{@code storage_mb}: the level grows as it did from the month's first report to its last;
 *   month end = the higher of the peak so far and that line's value on the last day.</li>
 * </ul>
 * With fewer than {@value #MIN_DAYS} reported days there is no forecast, and the outcome says why.
 * A month that is over ({@code asOf} on or after its last day) forecasts its actual value.
 */
public final class UsageForecaster {
    public static final int MIN_DAYS = 3;
    static final int SCALE = 2;

    private UsageForecaster() {
    }

    /** A forecast, or the reason there is none. */
    public record Outcome(Optional<UsageForecast> forecast, Optional<String> unavailableReason) {
        public Outcome {
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(unavailableReason, "unavailableReason");
            if (forecast.isPresent() == unavailableReason.isPresent()) {
                throw new IllegalArgumentException("an outcome is a forecast or a reason, not both");
            }
        }

        static Outcome of(UsageForecast forecast) {
            return new Outcome(Optional.of(forecast), Optional.empty());
        }

        static Outcome unavailable(String reason) {
            return new Outcome(Optional.empty(), Optional.of(reason));
        }
    }

    /**
     * @param usage the month's reported days
     * @param limit the limit the metric is held against; empty when unlimited
     * @param asOf  the last day the month has had so far (today for the current month)
     */
    public static Outcome forecast(DailyUsage usage, Optional<BigDecimal> limit, LocalDate asOf) {
        if (usage.daysReported() < MIN_DAYS) {
            return Outcome.unavailable("fewer than " + MIN_DAYS + " days of data (" + usage.daysReported()
                    + " reported this month)");
        }
        YearMonth month = usage.month();
        boolean over = !asOf.isBefore(month.atEndOfMonth());
        ForecastMethod method = ForecastMethod.of(usage.metric());
        BigDecimal used = usage.used();
        BigDecimal monthEnd;
        Optional<LocalDate> reaches = limit.flatMap(usage::firstDayReaching);
        switch (method) {
            case LINEAR_DAILY_RATE -> {
                int days = month.lengthOfMonth();
                int n = over ? days : usage.lastReported().orElseThrow().date().getDayOfMonth();
                monthEnd = used.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(n), SCALE,
                        RoundingMode.HALF_UP);
                if (reaches.isEmpty() && limit.isPresent() && used.signum() > 0
                        && used.multiply(BigDecimal.valueOf(days)).compareTo(limit.get().multiply(BigDecimal.valueOf(n))) >= 0) {
                    int day = limit.get().multiply(BigDecimal.valueOf(n)).divide(used, 0, RoundingMode.CEILING)
                            .intValueExact();
                    reaches = Optional.of(month.atDay(Math.max(day, 1)));
                }
            }
            case PEAK_SO_FAR -> monthEnd = used.setScale(SCALE, RoundingMode.HALF_UP);
            case LEVEL_TREND -> {
                DailyValue first = usage.reported().get(0);
                DailyValue last = usage.lastReported().orElseThrow();
                BigDecimal rise = last.value().subtract(first.value());
                long span = last.date().toEpochDay() - first.date().toEpochDay();
                BigDecimal projected = used;
                if (!over && rise.signum() > 0 && span > 0) {
                    long remaining = month.atEndOfMonth().toEpochDay() - last.date().toEpochDay();
                    projected = last.value().add(rise.multiply(BigDecimal.valueOf(remaining))
                            .divide(BigDecimal.valueOf(span), SCALE + 4, RoundingMode.HALF_UP)).max(used);
                    if (reaches.isEmpty() && limit.isPresent()) {
                        long steps = limit.get().subtract(last.value()).multiply(BigDecimal.valueOf(span))
                                .divide(rise, 0, RoundingMode.CEILING).longValueExact();
                        LocalDate day = last.date().plusDays(steps);
                        if (!day.isAfter(month.atEndOfMonth())) {
                            reaches = Optional.of(day);
                        }
                    }
                }
                monthEnd = projected.setScale(SCALE, RoundingMode.HALF_UP);
            }
            default -> throw new IllegalStateException(method.code());
        }
        return Outcome.of(new UsageForecast(monthEnd, Percent.of(monthEnd, limit), reaches, method));
    }
}
