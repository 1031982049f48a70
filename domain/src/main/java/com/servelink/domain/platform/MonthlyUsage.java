package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a team used in one calendar month (UTC), per metric, across all its projects. Flows are
 * summed over the month; levels take the month's highest day, where a day's level is the sum
 * across the team's projects (see {@link UsageMetric.Aggregation}). A metric without samples is zero.
 */
public record MonthlyUsage(YearMonth month, Map<UsageMetric, BigDecimal> totals) {
    public MonthlyUsage {
        Objects.requireNonNull(month, "month");
        Map<UsageMetric, BigDecimal> copy = new EnumMap<>(UsageMetric.class);
        totals.forEach((metric, amount) -> {
            if (Objects.requireNonNull(amount, "amount").signum() < 0) {
                throw new IllegalArgumentException("usage cannot be negative: " + metric.code());
            }
            copy.put(Objects.requireNonNull(metric, "metric"), amount);
        });
        totals = Collections.unmodifiableMap(copy);
    }

    public static MonthlyUsage none(YearMonth month) {
        return new MonthlyUsage(month, Map.of());
    }

    /** The month's value of {@code metric}; zero when nothing was reported. */
    public BigDecimal of(UsageMetric metric) {
        return totals.getOrDefault(metric, BigDecimal.ZERO);
    }

    /**
     * The reference aggregation (databases compute the same in SQL): {@code samples} are those of
     * one team's projects; samples of other months are ignored.
     */
    public static MonthlyUsage aggregate(YearMonth month, Collection<UsageSample> samples) {
        Map<UsageMetric, BigDecimal> sums = new EnumMap<>(UsageMetric.class);
        Map<UsageMetric, Map<LocalDate, BigDecimal>> perDay = new EnumMap<>(UsageMetric.class);
        for (UsageSample sample : samples) {
            if (!YearMonth.from(sample.day()).equals(month)) {
                continue;
            }
            switch (sample.metric().aggregation()) {
                case SUM_OF_DAYS -> sums.merge(sample.metric(), sample.amount(), BigDecimal::add);
                case PEAK_DAY -> perDay.computeIfAbsent(sample.metric(), m -> new HashMap<>())
                        .merge(sample.day(), sample.amount(), BigDecimal::add);
            }
        }
        perDay.forEach((metric, days) -> sums.put(metric,
                days.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max)));
        return new MonthlyUsage(month, sums);
    }
}
