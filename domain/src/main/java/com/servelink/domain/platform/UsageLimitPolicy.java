package com.servelink.domain.platform;

import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.TeamLimits;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which alert levels a team's monthly usage reached against its effective limits (plan plus
 * counting add-ons). Each metric is compared with one limit:
 * <ul>
 *   <li>{@code cpu_core_hours} with {@code cpu_cores × 24 × days in the month} (the pool used all month);</li>
 *   <li>{@code memory_mb_peak} with {@code memory_mb};</li>
 *   <li>{@code traffic_gb} with {@code traffic_gb} (a monthly quota);</li>
 *   <li>{@code storage_mb} with {@code storage_mb} (add-on storage counted at 1024 MB per GB).</li>
 * </ul>
 * A negative limit means unlimited and never alerts. Every level reached is returned (usage
 * jumping to 100 % gives warning, critical and exceeded); the caller records each once.
 */
public final class UsageLimitPolicy {
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    private UsageLimitPolicy() {
    }

    /** A level of a limit that usage reached. */
    public record LimitCrossing(UsageMetric metric, AlertLevel level, BigDecimal used, BigDecimal limit) {
        public LimitCrossing {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(used, "used");
            Objects.requireNonNull(limit, "limit");
        }
    }

    /** The limit {@code metric} is compared with in {@code month}; empty when unlimited. */
    public static Optional<BigDecimal> monthlyLimit(UsageMetric metric, TeamLimits limits, YearMonth month) {
        BigDecimal limit = switch (metric) {
            case CPU_CORE_HOURS -> limits.cpuCores().multiply(HOURS_PER_DAY)
                    .multiply(BigDecimal.valueOf(month.lengthOfMonth()));
            case MEMORY_MB_PEAK -> BigDecimal.valueOf(limits.memoryMb());
            case TRAFFIC_GB -> BigDecimal.valueOf(limits.trafficGb());
            case STORAGE_MB -> BigDecimal.valueOf(limits.storageMb());
        };
        return limit.signum() < 0 ? Optional.empty() : Optional.of(limit);
    }

    /**
     * How much one unit of the metric's add-on ({@link UsageMetric#addOnType()}) raises the limit
     * the metric is held against in {@code month}: the same mapping as {@link #monthlyLimit}.
     */
    public static BigDecimal additionPerUnit(UsageMetric metric, YearMonth month) {
        AddOnTotals unit = AddOnTotals.fromUnits(Map.of(metric.addOnType(), 1L));
        return switch (metric) {
            case CPU_CORE_HOURS -> unit.cpuCores().multiply(HOURS_PER_DAY).multiply(BigDecimal.valueOf(month.lengthOfMonth()));
            case MEMORY_MB_PEAK -> BigDecimal.valueOf(unit.ramMb());
            case TRAFFIC_GB -> BigDecimal.valueOf(unit.trafficGb());
            case STORAGE_MB -> BigDecimal.valueOf(unit.storageGb() * TeamLimits.MB_PER_GB);
        };
    }

    /** Every level reached, metric by metric, lowest level first. */
    public static List<LimitCrossing> crossings(MonthlyUsage usage, TeamLimits limits) {
        List<LimitCrossing> crossings = new ArrayList<>();
        for (UsageMetric metric : UsageMetric.values()) {
            BigDecimal used = usage.of(metric);
            Optional<BigDecimal> limit = monthlyLimit(metric, limits, usage.month());
            if (limit.isEmpty()) {
                continue;
            }
            for (AlertLevel level : AlertLevel.thresholds()) {
                if (level.reachedBy(used, limit.get())) {
                    crossings.add(new LimitCrossing(metric, level, used, limit.get()));
                }
            }
        }
        return crossings;
    }
}
