package com.servelink.adapter.http.web;

import com.servelink.adapter.http.web.view.DashboardView.Figure;
import com.servelink.adapter.http.web.view.StatsView;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.TicketHistory;
import com.servelink.domain.support.DurationFigures;
import com.servelink.domain.support.HistoryBucket;
import com.servelink.domain.support.HistoryInterval;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.TicketStatistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The statistics' figures as a page shows them, in the reader's language: the summary of a
 * period and a history's chart table. Shared by the staff statistics page and the team's support
 * page; it formats what the use cases computed and computes nothing.
 */
final class StatsBlocks {
    private final PageCall call;
    private final Formats f;

    StatsBlocks(PageCall call) {
        this.call = call;
        this.f = call.formats();
    }

    private String hours(Optional<BigDecimal> value) {
        return value.map(v -> f.decimal(v, 2)).orElse(null);
    }

    private Figure figure(long value) {
        return new Figure(Long.toString(value), f.number(value));
    }

    String period(StatisticsPeriod period) {
        var t = call.t();
        if (period.from().isPresent() && period.to().isPresent()) {
            return t.get("stats.period.range", f.date(period.from().get()), f.date(period.to().get()));
        }
        if (period.from().isPresent()) {
            return t.get("stats.period.from", f.date(period.from().get()));
        }
        return period.to().map(to -> t.get("stats.period.to", f.date(to))).orElse(t.get("stats.period.all"));
    }

    StatsView.Summary summary(TicketStatistics stats, StatisticsPeriod period) {
        var t = call.t();
        var service = stats.service();
        String rate = service.firstContactResolutionRate()
                .map(r -> f.percent(r.movePointRight(2).setScale(1, RoundingMode.HALF_UP))).orElse(null);
        String detail = rate == null ? t.get("stats.fcr.none")
                : t.get("stats.fcr.detail", f.number(service.resolvedAtFirstContact()), f.number(service.resolved()));
        return new StatsView.Summary(period(period), f.number(stats.total()), List.of(
                duration("resolution", t.get("stats.resolution"), service.resolution()),
                duration("first_response", t.get("stats.first_response"), service.firstResponse())), rate, detail);
    }

    private StatsView.DurationRow duration(String code, String label, DurationFigures figures) {
        return new StatsView.DurationRow(code, label, f.number(figures.n()), hours(figures.meanHours()),
                hours(figures.medianHours()), hours(figures.p90Hours()));
    }

    StatsView.HistoryBlock history(String id, TicketHistory history) {
        var t = call.t();
        HistoryInterval interval = history.interval();
        List<StatsView.HistoryRow> rows = history.buckets().stream().map(b -> row(interval, b)).toList();
        String unit = t.get("stats.interval." + interval.code());
        String range = t.get("stats.period.range", f.date(history.from()), f.date(history.to()));
        return new StatsView.HistoryBlock(id, t.get("stats.history.caption", unit, range),
                t.get("stats.col.bucket." + interval.code()),
                t.get("stats.chart.counts", rows.size(), unit), t.get("stats.chart.median", rows.size(), unit), rows);
    }

    private StatsView.HistoryRow row(HistoryInterval interval, HistoryBucket b) {
        String name = interval == HistoryInterval.MONTH ? f.shortMonth(YearMonth.from(b.start())) : b.label();
        Figure median = b.medianResolutionHours().map(h -> new Figure(h.toPlainString(), f.decimal(h, 2)))
                .orElse(null);
        return new StatsView.HistoryRow(b.label(), b.start().toString(), name, figure(b.created()),
                figure(b.resolved()), figure(b.backlog()), median);
    }
}
