package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UsageUseCases;
import com.servelink.adapter.http.view.UsageViews.CancelPreviewJson;
import com.servelink.adapter.http.view.UsageViews.UsageHistoryJson;
import com.servelink.adapter.http.view.UsageViews.UsageSummaryJson;
import com.servelink.application.port.in.billing.PreviewCancellationUseCase.PreviewCancellationQuery;
import com.servelink.application.port.in.usage.ExportUsageUseCase.ExportUsageQuery;
import com.servelink.application.port.in.usage.GetUsageHistoryUseCase;
import com.servelink.application.port.in.usage.GetUsageHistoryUseCase.GetUsageHistoryQuery;
import com.servelink.application.port.in.usage.GetUsageSummaryUseCase.GetUsageSummaryQuery;
import com.servelink.domain.billing.ResourceId;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The usage dashboard's API: a month's summary, the months' history, the CSV export, the cancel preview. */
public final class UsageRoutes {
    private final UsageUseCases useCases;
    private final Clock clock;

    public UsageRoutes(UsageUseCases useCases, Clock clock) {
        this.useCases = useCases;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/usage/{team_slug}/summary", Access.USER, this::summary),
                new Route("GET", "/api/usage/{team_slug}/history", Access.USER, this::history),
                new Route("GET", "/api/usage/{team_slug}/export.csv", Access.USER, this::export),
                new Route("GET", "/api/resources/{team_slug}/cancel/{resource_id}/preview", Access.USER,
                        this::previewCancellation));
    }

    private Reply summary(Call call) {
        var team = call.team();
        Optional<YearMonth> month = QueryParameters.month(call, "month");
        return Reply.ok(UsageSummaryJson.of(useCases.summary().summary(new GetUsageSummaryQuery(call.actor(), team,
                month))));
    }

    private Reply history(Call call) {
        var team = call.team();
        int months = QueryParameters.integer(call, "months", GetUsageHistoryUseCase.DEFAULT_MONTHS,
                GetUsageHistoryUseCase.MAX_MONTHS);
        return Reply.ok(UsageHistoryJson.of(useCases.history().history(new GetUsageHistoryQuery(call.actor(), team,
                months))));
    }

    private Reply export(Call call) {
        var team = call.team();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = QueryParameters.date(call, "from").orElse(today.withDayOfMonth(1));
        LocalDate to = QueryParameters.date(call, "to").orElse(today);
        var export = useCases.export().prepare(new ExportUsageQuery(call.actor(), team, from, to));
        String file = "usage-" + export.team().slug().value() + "-" + from + "-" + to + ".csv";
        return Reply.streamed(UsageCsv.CONTENT_TYPE, Map.of("Content-Disposition", "attachment; filename=\"" + file + "\""),
                out -> UsageCsv.write(export, out));
    }

    private Reply previewCancellation(Call call) {
        var team = call.team();
        ResourceId resource = call.pathId("resource_id", ResourceId::new);
        return Reply.ok(CancelPreviewJson.of(useCases.previewCancellation().preview(
                new PreviewCancellationQuery(call.actor(), team, resource))));
    }
}
