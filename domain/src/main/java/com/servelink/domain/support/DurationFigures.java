package com.servelink.domain.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * How long something took over {@code n} tickets, in hours: the mean, the median and the 90th
 * percentile (continuous, see {@link Percentiles}); all three empty when {@code n} is 0, never 0.
 * Seconds are first rounded to the microsecond (the timestamps' precision, which also drops the
 * noise of a database's double-precision percentile), then hours to two decimals, half up, like
 * {@code avg_resolution_hours}.
 */
public record DurationFigures(long n, Optional<BigDecimal> meanHours, Optional<BigDecimal> medianHours,
                              Optional<BigDecimal> p90Hours) {
    public static final BigDecimal MEDIAN = new BigDecimal("0.5");
    public static final BigDecimal P90 = new BigDecimal("0.9");
    public static final DurationFigures NONE = new DurationFigures(0, Optional.empty(), Optional.empty(),
            Optional.empty());
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public DurationFigures {
        Objects.requireNonNull(meanHours, "meanHours");
        Objects.requireNonNull(medianHours, "medianHours");
        Objects.requireNonNull(p90Hours, "p90Hours");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if ((n == 0) != meanHours.isEmpty() || (n == 0) != medianHours.isEmpty() || (n == 0) != p90Hours.isEmpty()) {
            throw new IllegalArgumentException("figures are empty exactly when n is 0");
        }
    }

    /**
     * From a database's aggregates: the count, the sum of the seconds, and the median and 90th
     * percentile in seconds (null when the count is 0).
     */
    public static DurationFigures ofAggregates(long n, BigDecimal totalSeconds, BigDecimal medianSeconds,
                                               BigDecimal p90Seconds) {
        if (n == 0) {
            return NONE;
        }
        BigDecimal mean = totalSeconds.divide(BigDecimal.valueOf(n * 3600L), 2, RoundingMode.HALF_UP);
        return new DurationFigures(n, Optional.of(mean), Optional.of(hours(medianSeconds)),
                Optional.of(hours(p90Seconds)));
    }

    /** From every duration, in seconds: what the in-memory repository and the tests compute. */
    public static DurationFigures ofSeconds(Collection<BigDecimal> seconds) {
        BigDecimal total = seconds.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return ofAggregates(seconds.size(), total, Percentiles.continuous(seconds, MEDIAN).orElse(null),
                Percentiles.continuous(seconds, P90).orElse(null));
    }

    /** Seconds as hours: to the microsecond first, then two decimals, half up. */
    public static BigDecimal hours(BigDecimal seconds) {
        return seconds.setScale(6, RoundingMode.HALF_UP).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
