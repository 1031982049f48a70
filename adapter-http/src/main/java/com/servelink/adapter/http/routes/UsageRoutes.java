package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
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
import com.servelink.domain.shared.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The usage dashboard's API: a month's summary, the months' history, the CSV export, the cancel preview. */
public final class UsageRoutes {
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

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
        Optional<YearMonth> month = call.query("month").map(raw -> month(raw, "month"));
        return Reply.ok(UsageSummaryJson.of(useCases.summary().summary(new GetUsageSummaryQuery(call.actor(), team,
                month))));
    }

    private Reply history(Call call) {
        var team = call.team();
        int months = call.query("months").map(UsageRoutes::months).orElse(GetUsageHistoryUseCase.DEFAULT_MONTHS);
        return Reply.ok(UsageHistoryJson.of(useCases.history().history(new GetUsageHistoryQuery(call.actor(), team,
                months))));
    }

    private Reply export(Call call) {
        var team = call.team();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = call.query("from").map(raw -> date(raw, "from")).orElse(today.withDayOfMonth(1));
        LocalDate to = call.query("to").map(raw -> date(raw, "to")).orElse(today);
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

    static YearMonth month(String raw, String field) {
        if (MONTH.matcher(raw).matches()) {
            try {
                return YearMonth.parse(raw);
            } catch (DateTimeParseException e) {
                // falls through to the refusal
            }
        }
        throw DomainException.invalidField(field, "must be a month such as 2025-01");
    }

    private static int months(String raw) {
        if (raw.matches("[0-9]{1,3}")) {
            int months = Integer.parseInt(raw);
            if (months >= 1 && months <= GetUsageHistoryUseCase.MAX_MONTHS) {
                return months;
            }
        }
        throw DomainException.invalidField("months", "must be an integer from 1 to " + GetUsageHistoryUseCase.MAX_MONTHS);
    }

    private static LocalDate date(String raw, String field) {
        if (DATE.matcher(raw).matches()) {
            try {
                return LocalDate.parse(raw, STRICT_DATE);
            } catch (DateTimeParseException e) {
                // falls through to the refusal
            }
        }
        throw DomainException.invalidField(field, "must be a date such as 2025-01-31");
    }
}
