package com.servelink.adapter.http.view;

import com.servelink.adapter.http.view.BillingViews.LimitsJson;
import com.servelink.application.port.in.billing.PreviewCancellationUseCase.CancellationPreview;
import com.servelink.application.port.in.usage.UsageHistory;
import com.servelink.application.port.in.usage.UsageSummary;
import com.servelink.application.port.out.UsageRepository.ProjectUsage;
import com.servelink.domain.platform.AddOnSuggestion;
import com.servelink.domain.platform.DailyUsage;
import com.servelink.domain.platform.DailyValue;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.UsageForecast;
import com.servelink.domain.platform.UsageMetric;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON shapes of the usage dashboard (issue 12). Each metric is written twice on purpose: in
 * {@code metrics}, keyed by its code, for clients that iterate, and as a top-level field of the
 * same name, for clients that read one. Absent values are {@code null}, never missing.
 */
public final class UsageViews {
    private UsageViews() {
    }

    public record DailyUsageJson(String date, BigDecimal value, BigDecimal cumulative) {
    }

    public record ForecastJson(BigDecimal monthEnd, BigDecimal percent, String reachesLimitOn, String method) {
        static ForecastJson of(UsageForecast f) {
            return new ForecastJson(f.monthEnd(), f.percent().orElse(null), date(f.reachesLimitOn()), f.method().code());
        }
    }

    /** {@code type} repeats {@code resource_type}, the name the offers list uses. */
    public record SuggestedAddOnJson(String resourceType, String type, int quantity, BigDecimal unitPrice,
                                     BigDecimal price, String currency, boolean coversForecast) {
        public static SuggestedAddOnJson of(AddOnSuggestion s) {
            return new SuggestedAddOnJson(s.type().code(), s.type().code(), s.quantity(), s.unitPrice().amount(),
                    s.price().amount(), s.price().currency().getCurrencyCode(), s.coversForecast());
        }
    }

    public record MetricUsageJson(String metric, BigDecimal used, BigDecimal limit, BigDecimal percent,
                                  List<DailyUsageJson> daily, ForecastJson forecast, String forecastReason,
                                  String reachesLimitOn, SuggestedAddOnJson suggestedAddon) {
        static MetricUsageJson of(MetricOutlook o) {
            List<DailyValue> cumulative = DailyUsage.cumulative(o.metric(), o.daily());
            List<DailyUsageJson> daily = new ArrayList<>(o.daily().size());
            for (int i = 0; i < o.daily().size(); i++) {
                DailyValue day = o.daily().get(i);
                daily.add(new DailyUsageJson(day.date().toString(), day.value(), cumulative.get(i).value()));
            }
            return new MetricUsageJson(o.metric().code(), o.used(), o.limit().orElse(null), o.percent().orElse(null),
                    daily, o.forecast().forecast().map(ForecastJson::of).orElse(null),
                    o.forecast().unavailableReason().orElse(null), date(o.reachesLimitOn()),
                    o.suggestion().map(SuggestedAddOnJson::of).orElse(null));
        }
    }

    public record TopProjectJson(String id, String projectId, String name, BigDecimal cpuCoreHours,
                                 BigDecimal memoryMbPeak, BigDecimal trafficGb, BigDecimal storageMb) {
        static TopProjectJson of(ProjectUsage p) {
            return new TopProjectJson(p.projectId().value(), p.projectId().value(), p.name(),
                    p.usage().of(UsageMetric.CPU_CORE_HOURS), p.usage().of(UsageMetric.MEMORY_MB_PEAK),
                    p.usage().of(UsageMetric.TRAFFIC_GB), p.usage().of(UsageMetric.STORAGE_MB));
        }
    }

    /** An add-on counting now; {@code cliff}: its metric would be over the limit ({@code limit_without}) without it. */
    public record ActiveAddOnJson(String id, String resourceType, int quantity, String status, Instant activatedAt,
                                  Instant expiresAt, String metric, boolean cliff, BigDecimal limitWithout,
                                  BigDecimal need) {
        static ActiveAddOnJson of(UsageSummary.ActiveAddOn a) {
            LimitCliff.MetricImpact own = a.withoutIt().ownMetric();
            return new ActiveAddOnJson(a.resource().id().value(), a.resource().type().code(),
                    a.resource().quantity().value(), a.resource().status().code(),
                    a.resource().activatedAt().orElse(null), a.resource().expiresAt().orElse(null),
                    own.metric().code(), a.isCliff(), own.limitAfter().orElse(null), own.need());
        }
    }

    public record UsageSummaryJson(String teamId, String teamSlug, String month, String asOf, LimitsJson limits,
                                   Map<String, MetricUsageJson> metrics, MetricUsageJson cpuCoreHours,
                                   MetricUsageJson memoryMbPeak, MetricUsageJson trafficGb, MetricUsageJson storageMb,
                                   List<TopProjectJson> topProjects, List<ActiveAddOnJson> activeAddons,
                                   List<PlatformViews.AlertJson> alerts) {
        public static UsageSummaryJson of(UsageSummary s) {
            Map<String, MetricUsageJson> metrics = byCode(s.metrics(), MetricOutlook::metric, MetricUsageJson::of);
            return new UsageSummaryJson(s.team().id().value(), s.team().slug().value(), s.month().toString(),
                    s.asOf().toString(), LimitsJson.of(s.limits()), metrics,
                    metrics.get(UsageMetric.CPU_CORE_HOURS.code()), metrics.get(UsageMetric.MEMORY_MB_PEAK.code()),
                    metrics.get(UsageMetric.TRAFFIC_GB.code()), metrics.get(UsageMetric.STORAGE_MB.code()),
                    s.topProjects().stream().map(TopProjectJson::of).toList(),
                    s.activeAddOns().stream().map(ActiveAddOnJson::of).toList(),
                    s.alerts().stream().map(PlatformViews.AlertJson::of).toList());
        }
    }

    /** A month's total of one metric and the limit in force at its end ({@code null}: unlimited). */
    public record HistoryMetricJson(String metric, BigDecimal total, BigDecimal limit, BigDecimal percent) {
        static HistoryMetricJson of(UsageHistory.MetricTotal t) {
            return new HistoryMetricJson(t.metric().code(), t.total(), t.limit().orElse(null),
                    com.servelink.domain.platform.Percent.of(t.total(), t.limit()).orElse(null));
        }
    }

    public record HistoryMonthJson(String month, Map<String, HistoryMetricJson> metrics,
                                   HistoryMetricJson cpuCoreHours, HistoryMetricJson memoryMbPeak,
                                   HistoryMetricJson trafficGb, HistoryMetricJson storageMb) {
        static HistoryMonthJson of(UsageHistory.Month m) {
            Map<String, HistoryMetricJson> metrics = byCode(m.metrics(), UsageHistory.MetricTotal::metric,
                    HistoryMetricJson::of);
            return new HistoryMonthJson(m.month().toString(), metrics, metrics.get(UsageMetric.CPU_CORE_HOURS.code()),
                    metrics.get(UsageMetric.MEMORY_MB_PEAK.code()), metrics.get(UsageMetric.TRAFFIC_GB.code()),
                    metrics.get(UsageMetric.STORAGE_MB.code()));
        }
    }

    public record UsageHistoryJson(String teamId, List<HistoryMonthJson> months) {
        public static UsageHistoryJson of(UsageHistory h) {
            return new UsageHistoryJson(h.team().id().value(), h.months().stream().map(HistoryMonthJson::of).toList());
        }
    }

    /**
     * One metric before and after a cancellation; {@code need} is the month's value so far or its
     * forecast, whichever is higher; {@code over_limit}: {@code need} would be over {@code limit_after}.
     */
    public record MetricImpactJson(String metric, BigDecimal used, BigDecimal need, BigDecimal limitBefore,
                                   BigDecimal limitAfter, boolean overLimitBefore, boolean overLimit) {
        static MetricImpactJson of(LimitCliff.MetricImpact m) {
            return new MetricImpactJson(m.metric().code(), m.used(), m.need(), m.limitBefore().orElse(null),
                    m.limitAfter().orElse(null), m.overBefore(), m.overAfter());
        }
    }

    public record CancelPreviewJson(String resourceId, String resourceType, int quantity, String status,
                                    String month, LimitsJson limitsBefore, LimitsJson limitsAfter, boolean cliff,
                                    List<String> metricsOverLimit, Map<String, MetricImpactJson> metrics) {
        public static CancelPreviewJson of(CancellationPreview p) {
            LimitCliff.Preview preview = p.preview();
            Map<String, MetricImpactJson> metrics = byCode(preview.metrics(), LimitCliff.MetricImpact::metric,
                    MetricImpactJson::of);
            return new CancelPreviewJson(preview.resource().id().value(), preview.resource().type().code(),
                    preview.resource().quantity().value(), preview.resource().status().code(), p.month().toString(),
                    LimitsJson.of(preview.before()), LimitsJson.of(preview.after()), preview.isCliff(),
                    preview.metrics().stream().filter(LimitCliff.MetricImpact::overAfter)
                            .map(m -> m.metric().code()).toList(),
                    metrics);
        }
    }

    private static <T, J> Map<String, J> byCode(List<T> items, Function<T, UsageMetric> metric, Function<T, J> view) {
        Map<String, J> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(metric.apply(item).code(), view.apply(item)));
        return byCode;
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
