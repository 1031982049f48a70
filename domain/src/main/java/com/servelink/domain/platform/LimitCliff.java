package com.servelink.domain.platform;

import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PlanLimits;
import com.servelink.domain.catalog.ResourceType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The limit cliff: what a team's limits become when one add-on stops counting (cancelled, or
 * expired), and whether this month's usage, or where it is heading ({@link MetricOutlook#need()}),
 * would then be over a limit. The add-on is a cliff when its own metric would be over after it goes.
 */
public final class LimitCliff {
    /** The windows before an expiry in which the limits job warns, widest first: 7 days, then 1 day. */
    public static final List<Integer> WARNING_DAYS = List.of(7, 1);

    private LimitCliff() {
    }

    /** One metric before and after the add-on goes. */
    public record MetricImpact(UsageMetric metric, BigDecimal used, BigDecimal need, Optional<BigDecimal> limitBefore,
                               Optional<BigDecimal> limitAfter, boolean overBefore, boolean overAfter) {
        public MetricImpact {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(used, "used");
            Objects.requireNonNull(need, "need");
            Objects.requireNonNull(limitBefore, "limitBefore");
            Objects.requireNonNull(limitAfter, "limitAfter");
        }
    }

    /** The limits before and after, metric by metric, and whether the add-on is a cliff. */
    public record Preview(AdditionalResource resource, TeamLimits before, TeamLimits after,
                          List<MetricImpact> metrics) {
        public Preview {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            metrics = List.copyOf(metrics);
        }

        /** The impact on the metric the add-on raises. */
        public MetricImpact ownMetric() {
            UsageMetric own = metricOf(resource.type());
            return metrics.stream().filter(m -> m.metric() == own).findFirst().orElseThrow();
        }

        public boolean isCliff() {
            return ownMetric().overAfter();
        }
    }

    /**
     * What happens at {@code now} if {@code resource} stops counting, given the units that count
     * now ({@code countingUnits}, which include it when it counts) and this month's outlook.
     */
    public static Preview preview(PlanLimits plan, Map<ResourceType, Long> countingUnits, AdditionalResource resource,
                                  Instant now, YearMonth month, Map<UsageMetric, MetricOutlook> outlook) {
        Map<ResourceType, Long> remaining = new EnumMap<>(ResourceType.class);
        remaining.putAll(countingUnits);
        if (resource.countsAt(now)) {
            remaining.merge(resource.type(), -(long) resource.quantity().value(), Long::sum);
        }
        TeamLimits before = TeamLimits.of(plan, AddOnTotals.fromUnits(countingUnits));
        TeamLimits after = TeamLimits.of(plan, AddOnTotals.fromUnits(remaining));
        List<MetricImpact> impacts = new ArrayList<>();
        for (UsageMetric metric : UsageMetric.values()) {
            MetricOutlook metricOutlook = outlook.get(metric);
            BigDecimal used = metricOutlook == null ? BigDecimal.ZERO : metricOutlook.used();
            BigDecimal need = metricOutlook == null ? BigDecimal.ZERO : metricOutlook.need();
            Optional<BigDecimal> limitBefore = UsageLimitPolicy.monthlyLimit(metric, before, month);
            Optional<BigDecimal> limitAfter = UsageLimitPolicy.monthlyLimit(metric, after, month);
            impacts.add(new MetricImpact(metric, used, need, limitBefore, limitAfter, over(need, limitBefore),
                    over(need, limitAfter)));
        }
        return new Preview(resource, before, after, impacts);
    }

    /**
     * The narrowest warning window {@code expiresAt} falls in, seen at {@code now}: 1 when it is at
     * most a day away, 7 when at most a week; empty when further, or past.
     */
    public static OptionalInt warningWindow(Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            return OptionalInt.empty();
        }
        Duration left = Duration.between(now, expiresAt);
        OptionalInt window = OptionalInt.empty();
        for (int days : WARNING_DAYS) {
            if (left.compareTo(Duration.ofDays(days)) <= 0) {
                window = OptionalInt.of(days);
            }
        }
        return window;
    }

    /** The metric an add-on type raises the limit of. */
    public static UsageMetric metricOf(ResourceType type) {
        for (UsageMetric metric : UsageMetric.values()) {
            if (metric.addOnType() == type) {
                return metric;
            }
        }
        throw new IllegalArgumentException(type.code());
    }

    private static boolean over(BigDecimal need, Optional<BigDecimal> limit) {
        return limit.map(l -> need.compareTo(l) > 0).orElse(false);
    }
}
