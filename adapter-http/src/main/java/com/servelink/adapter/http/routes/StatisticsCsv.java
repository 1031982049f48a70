package com.servelink.adapter.http.routes;

import com.servelink.application.port.in.support.GetTicketHistoryUseCase.TicketHistory;
import com.servelink.domain.support.HistoryBucket;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The staff statistics export: one row per week or month of the history (the same query
 * parameters as {@code /api/staff/stats/history}), written by commons-csv in RFC 4180 (CRLF,
 * quotes where needed, UTF-8, one header row) as the response streams. The cells are dates,
 * bucket names and numbers, none of them typed by a client; they still pass through
 * {@link UsageCsv#neutralised} like every text cell we export, so no cell can ever start a
 * formula. An empty median (no ticket resolved in the bucket) is an empty cell.
 */
final class StatisticsCsv {
    static final String CONTENT_TYPE = UsageCsv.CONTENT_TYPE;
    static final String[] HEADER = {"interval", "bucket", "start", "end", "created", "resolved", "backlog",
            "median_resolution_hours"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private StatisticsCsv() {
    }

    static void write(TicketHistory history, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            String interval = history.interval().code();
            for (HistoryBucket b : history.buckets()) {
                printer.printRecord(interval, UsageCsv.neutralised(b.label()), b.start().toString(),
                        b.end().toString(), b.created(), b.resolved(), b.backlog(),
                        b.medianResolutionHours().map(h -> h.toPlainString()).orElse(""));
            }
        }
    }
}
