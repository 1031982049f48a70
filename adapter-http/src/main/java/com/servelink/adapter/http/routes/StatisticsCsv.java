package com.servelink.adapter.http.routes;

import com.servelink.domain.support.HistoryBucket;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.TicketHistory;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The staff statistics export: one row per week or month of the history (the same query
 * parameters as {@code /api/staff/stats/history}), written by {@link Csv} like every export. The
 * cells are dates, bucket names and numbers, none of them typed by a client; the bucket name still
 * passes through {@link Csv#neutralised} like every text cell we export. An empty median (no
 * ticket resolved in the bucket) is an empty cell.
 */
final class StatisticsCsv {
    static final String CONTENT_TYPE = Csv.CONTENT_TYPE;
    static final String[] HEADER = {"interval", "bucket", "start", "end", "created", "resolved", "backlog",
            "median_resolution_hours"};

    private StatisticsCsv() {
    }

    static void write(TicketHistory history, OutputStream out) throws IOException {
        String interval = history.interval().code();
        Csv.<HistoryBucket>write(out, HEADER, row -> {
            history.buckets().forEach(row);
            return history.buckets().size();
        }, b -> new Object[]{interval, Csv.neutralised(b.label()), b.start().toString(), b.end().toString(),
                b.created(), b.resolved(), b.backlog(),
                b.medianResolutionHours().map(h -> h.toPlainString()).orElse("")});
    }
}
