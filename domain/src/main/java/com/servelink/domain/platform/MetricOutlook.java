package com.servelink.domain.platform;

import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.Plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One metric of a team's month: what it used, the limit it is held against
 * ({@link UsageLimitPolicy#monthlyLimit}), its days, its forecast (or why there is none) and the
 * add-on that covers what it is heading for.
 */
public record MetricOutlook(UsageMetric metric, BigDecimal used, Optional<BigDecimal> limit,
                            Optional<BigDecimal> percent, List<DailyValue> daily, UsageForecaster.Outcome forecast,
                            Optional<AddOnSuggestion> suggestion) {
    public MetricOutlook {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(percent, "percent");
        daily = List.copyOf(daily);
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    /** {@code asOf}: the month's last day so far (today for the current month, its last day for a past one). */
    public static MetricOutlook of(DailyUsage usage, TeamLimits limits, Plan plan, LocalDate asOf) {
        UsageMetric metric = usage.metric();
        BigDecimal used = usage.used();
        Optional<BigDecimal> limit = UsageLimitPolicy.monthlyLimit(metric, limits, usage.month());
        UsageForecaster.Outcome forecast = UsageForecaster.forecast(usage, limit, asOf);
        BigDecimal need = need(used, forecast);
        Optional<AddOnSuggestion> suggestion = limit.flatMap(l ->
                AddOnSuggestion.toCover(metric, need, l, usage.month(), plan));
        return new MetricOutlook(metric, used, limit, Percent.of(used, limit), usage.through(asOf), forecast,
                suggestion);
    }

    /** What the month is heading for: the higher of its value so far and its forecast. */
    public BigDecimal need() {
        return need(used, forecast);
    }

    private static BigDecimal need(BigDecimal used, UsageForecaster.Outcome forecast) {
        return forecast.forecast().map(f -> f.monthEnd().max(used)).orElse(used);
    }

    /** The day the limit is reached at this rate, if the forecast finds one within the month. */
    public Optional<LocalDate> reachesLimitOn() {
        return forecast.forecast().flatMap(UsageForecast::reachesLimitOn);
    }
}
