package com.servelink.adapter.http.web;

import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UsageUseCases;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.view.DashboardView;
import com.servelink.adapter.http.web.view.DashboardView.Figure;
import com.servelink.application.port.in.billing.ListAddOnOffersUseCase.ListAddOnOffersQuery;
import com.servelink.application.port.in.team.GetTeamOverviewUseCase.GetTeamOverviewQuery;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.application.port.in.usage.GetUsageHistoryUseCase;
import com.servelink.application.port.in.usage.GetUsageHistoryUseCase.GetUsageHistoryQuery;
import com.servelink.application.port.in.usage.GetUsageSummaryUseCase.GetUsageSummaryQuery;
import com.servelink.application.port.in.usage.UsageHistory;
import com.servelink.application.port.in.usage.UsageSummary;
import com.servelink.application.port.out.UsageRepository.ProjectUsage;
import com.servelink.domain.catalog.AddOnOffer;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.AddOnSuggestion;
import com.servelink.domain.platform.DailyUsage;
import com.servelink.domain.platform.DailyValue;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.Percent;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageForecast;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.TeamSlug;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The usage dashboard page (issue 12): this month's use of each metric against its limit with
 * the forecast, the six months' trend, the month's alerts with the add-on that covers them, the
 * top projects and the add-ons counting now, cliffs marked. Every figure comes from the same use
 * cases as {@code /api/usage/…}; the page formats them and hands the raw numbers to the charts'
 * script through the tables beside the charts.
 */
final class DashboardPages {
    private final UseCases useCases;
    private final UsageUseCases usage;
    private final WebUseCases web;
    private final Pages pages;

    DashboardPages(UseCases useCases, UsageUseCases usage, WebUseCases web, Pages pages) {
        this.useCases = useCases;
        this.usage = usage;
        this.web = web;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(pages.page("/teams/{team_slug}/dashboard", this::dashboard));
    }

    private Reply dashboard(PageCall call) {
        TeamSlug slug = call.http().team();
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        UsageSummary summary = usage.summary().summary(new GetUsageSummaryQuery(call.actor(), slug, Optional.empty()));
        UsageHistory history = usage.history().history(new GetUsageHistoryQuery(call.actor(), slug,
                GetUsageHistoryUseCase.DEFAULT_MONTHS));
        Map<ResourceType, String> names = new EnumMap<>(ResourceType.class);
        for (AddOnOffer offer : useCases.listOffers().listOffers(new ListAddOnOffersQuery(call.actor(), slug,
                call.t().language()))) {
            names.put(offer.type(), offer.name());
        }
        Builder build = new Builder(call, slug, names);
        var t = call.t();
        Formats f = call.formats();
        var view = new DashboardView(
                call.chrome(t.get("dashboard.title", overview.team().name()),
                        TeamNav.of(t, slug.value(), TeamNav.Section.DASHBOARD)),
                new Labels(t).team(overview), f.month(summary.month()), summary.month().toString(),
                f.date(summary.asOf()), summary.asOf().toString(),
                summary.metrics().stream().map(o -> build.metric(o, summary.month())).toList(),
                Arrays.stream(UsageMetric.values()).map(m -> build.history(m, history)).toList(),
                summary.alerts().stream().map(build::alert).toList(),
                summary.topProjects().stream().map(build::project).toList(),
                summary.activeAddOns().stream().map(build::addOn).toList(),
                build.addOnsHref());
        return pages.html(200, "dashboard.jte", view);
    }


    /** The view's rows for one request: its language, formats and the add-ons' names. */
    private static final class Builder {
        private final PageCall call;
        private final TeamSlug slug;
        private final Map<ResourceType, String> names;
        private final Formats f;
        private final Labels labels;

        Builder(PageCall call, TeamSlug slug, Map<ResourceType, String> names) {
            this.call = call;
            this.slug = slug;
            this.names = names;
            this.f = call.formats();
            this.labels = new Labels(call.t());
        }

        String addOnsHref() {
            return "/teams/" + slug.value() + "/addons";
        }

        Figure figure(BigDecimal value) {
            return new Figure(value.stripTrailingZeros().toPlainString(), f.number(value));
        }

        Figure figure(Optional<BigDecimal> value) {
            return value.map(this::figure).orElse(null);
        }

        String percent(Optional<BigDecimal> value) {
            return value.map(f::percent).orElse(null);
        }

        String name(ResourceType type) {
            return names.getOrDefault(type, type.code());
        }

        DashboardView.MetricCard metric(MetricOutlook o, YearMonth month) {
            UsageMetric metric = o.metric();
            List<DailyValue> drawn = DailyUsage.cumulative(metric, o.daily());
            List<DashboardView.Day> days = drawn.stream().map(d -> new DashboardView.Day(d.date().getDayOfMonth(),
                    d.date().toString(), f.date(d.date()), figure(d.value()))).toList();
            DashboardView.Forecast forecast = o.forecast().forecast().map(fc -> forecast(fc, month)).orElse(null);
            String label = labels.metric(metric);
            var t = call.t();
            boolean flow = metric.aggregation() == UsageMetric.Aggregation.SUM_OF_DAYS;
            return new DashboardView.MetricCard(metric.code(), label, labels.unit(metric), figure(o.used()),
                    figure(o.limit()), percent(o.percent()), month.lengthOfMonth(),
                    t.get(flow ? "dashboard.day.cumulative" : "dashboard.day.level"), days, forecast,
                    o.forecast().unavailableReason().orElse(null), o.suggestion().map(this::suggestion).orElse(null),
                    t.get(flow ? "dashboard.chart.month.flow" : "dashboard.chart.month.level", label,
                            f.month(month)));
        }

        private DashboardView.Forecast forecast(UsageForecast forecast, YearMonth month) {
            LocalDate end = month.atEndOfMonth();
            return new DashboardView.Forecast(end.getDayOfMonth(), end.toString(), f.date(end),
                    figure(forecast.monthEnd()), percent(forecast.percent()),
                    forecast.reachesLimitOn().map(LocalDate::toString).orElse(null),
                    forecast.reachesLimitOn().map(f::date).orElse(null));
        }

        DashboardView.Suggestion suggestion(AddOnSuggestion s) {
            var t = call.t();
            return new DashboardView.Suggestion(t.get("dashboard.suggestion", s.quantity(), name(s.type())),
                    f.money(s.price()), s.coversForecast() ? null : t.get("dashboard.suggestion.partial"),
                    addOnsHref() + "?type=" + s.type().code() + "&quantity=" + s.quantity() + "#offer-"
                            + s.type().code());
        }

        DashboardView.HistoryCard history(UsageMetric metric, UsageHistory history) {
            List<DashboardView.HistoryMonth> months = new ArrayList<>();
            for (UsageHistory.Month month : history.months()) {
                month.metrics().stream().filter(m -> m.metric() == metric).findFirst().ifPresent(total ->
                        months.add(new DashboardView.HistoryMonth(month.month().toString(),
                                f.shortMonth(month.month()), figure(total.total()), figure(total.limit()),
                                percent(Percent.of(total.total(), total.limit())))));
            }
            String label = labels.metric(metric);
            var t = call.t();
            boolean flow = metric.aggregation() == UsageMetric.Aggregation.SUM_OF_DAYS;
            return new DashboardView.HistoryCard(metric.code(), label, labels.unit(metric),
                    t.get(flow ? "dashboard.history.total" : "dashboard.history.peak"),
                    t.get("dashboard.chart.history", label, months.size()), months);
        }

        DashboardView.AlertRow alert(UsageAlert a) {
            return new DashboardView.AlertRow(a.id().value(), a.level().code(), labels.alertLevel(a.level()),
                    a.metric().code(), labels.metric(a.metric()), f.iso(a.createdAt()), f.date(a.createdAt()),
                    figure(a.used()), figure(a.limit()), labels.unit(a.metric()),
                    a.reachesLimitOn().map(LocalDate::toString).orElse(null),
                    a.reachesLimitOn().map(f::date).orElse(null),
                    a.suggestion().map(this::suggestion).orElse(null),
                    a.cliff().map(c -> f.iso(c.expiresAt())).orElse(null),
                    a.cliff().map(c -> f.dateTime(c.expiresAt())).orElse(null));
        }

        DashboardView.ProjectRow project(ProjectUsage p) {
            return new DashboardView.ProjectRow(p.projectId().value(), p.name(),
                    figure(p.usage().of(UsageMetric.CPU_CORE_HOURS)), figure(p.usage().of(UsageMetric.MEMORY_MB_PEAK)),
                    figure(p.usage().of(UsageMetric.TRAFFIC_GB)), figure(p.usage().of(UsageMetric.STORAGE_MB)));
        }

        DashboardView.AddOnRow addOn(UsageSummary.ActiveAddOn a) {
            LimitCliff.MetricImpact own = a.withoutIt().ownMetric();
            String metric = labels.metric(own.metric());
            String unit = labels.unit(own.metric());
            Figure without = figure(own.limitAfter());
            Figure need = figure(own.need());
            var r = a.resource();
            String warning = a.isCliff() && without != null
                    ? call.t().get("dashboard.addons.cliff", metric, without.text(), need.text(), unit,
                    r.quantity().value() + " × " + name(r.type())) : null;
            return new DashboardView.AddOnRow(r.id().value(), name(r.type()), r.quantity().value(),
                    r.expiresAt().map(f::dateTime).orElse(null), r.expiresAt().map(f::iso).orElse(null), metric,
                    unit, without, need, a.isCliff(), warning);
        }
    }
}
