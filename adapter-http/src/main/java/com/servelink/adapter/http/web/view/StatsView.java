package com.servelink.adapter.http.web.view;

import com.servelink.adapter.http.web.view.DashboardView.Figure;

import java.util.List;

/**
 * The staff statistics page: the period form, the summary figures with their method (null when
 * the form was refused), the history chart and table, and the link to the CSV export.
 */
public record StatsView(Chrome chrome, FormState form, List<Option> intervals, Summary summary,
                        HistoryBlock history, String exportHref, Deflection deflection) {
    public StatsView {
        intervals = List.copyOf(intervals);
    }

    /**
     * The figures of a period: {@code period} in words, the ticket count, one row per duration,
     * and first-contact resolution ({@code fcrRate} null when no ticket was resolved).
     */
    public record Summary(String period, String total, List<DurationRow> durations, String fcrRate, String fcrDetail) {
        public Summary {
            durations = List.copyOf(durations);
        }
    }

    /**
     * How often a suggested article answered instead of a ticket over the period's openings
     * ({@code rate} null when none is settled yet), and the counts it comes from in words.
     */
    public record Deflection(String rate, String detail) {
    }

    /** A duration over {@code n} tickets, in hours; mean, median and p90 are null when {@code n} is 0. */
    public record DurationRow(String code, String label, String n, String mean, String median, String p90) {
    }

    /**
     * A history drawn twice from one table: tickets created, resolved and the backlog, and the
     * median hours to resolution ({@code median} null in a bucket where none was resolved).
     */
    public record HistoryBlock(String id, String caption, String bucketHeading, String countsChartLabel,
                               String medianChartLabel, List<HistoryRow> rows) {
        public HistoryBlock {
            rows = List.copyOf(rows);
        }
    }

    /** One week or month: its ISO name and first day (for the chart and tests), its name as read. */
    public record HistoryRow(String bucketIso, String startIso, String bucket, Figure created, Figure resolved,
                             Figure backlog, Figure median) {
    }
}
