package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The usage dashboard of a team's month: per metric, its days against the limit with the
 * forecast; the six months' trend; the month's alerts; the top projects; the add-ons counting
 * now. Every figure is a {@link Figure}: the raw number for the charts' script and the tests
 * ({@code data-value}) and the same number as the reader reads it.
 */
public record DashboardView(Chrome chrome, TeamHeader team, String month, String monthIso, String asOf,
                            String asOfIso, List<MetricCard> metrics, List<HistoryCard> history, List<AlertRow> alerts,
                            List<ProjectRow> projects, List<AddOnRow> addOns, String addOnsHref) {
    public DashboardView {
        metrics = List.copyOf(metrics);
        history = List.copyOf(history);
        alerts = List.copyOf(alerts);
        projects = List.copyOf(projects);
        addOns = List.copyOf(addOns);
    }

    /** A number twice: {@code raw} as a plain decimal ({@code 1234.5}), {@code text} formatted ({@code 1 234,5}). */
    public record Figure(String raw, String text) {
    }

    /**
     * One metric's month: {@code limit} null when unlimited, {@code percent} null without a limit;
     * {@code forecast} null when there is none, and then {@code forecastReason} says why;
     * {@code valueHeading} names what a day's figure is (a flow's running total, a level's value).
     */
    public record MetricCard(String code, String label, String unit, Figure used, Figure limit, String percent,
                             int monthDays, String valueHeading, List<Day> days, Forecast forecast,
                             String forecastReason, Suggestion suggestion, String chartLabel) {
        public MetricCard {
            days = List.copyOf(days);
        }
    }

    /** A day of the month so far and what the chart draws for it. */
    public record Day(int day, String dateIso, String date, Figure value) {
    }

    /**
     * Where the month is heading: {@code monthEnd} on the month's last day ({@code day}), with
     * its percentage of the limit (null without one) and the day the limit is reached (null when
     * it is not, within the month).
     */
    public record Forecast(int day, String dateIso, String date, Figure monthEnd, String percent,
                           String reachesLimitOnIso, String reachesLimitOn) {
    }

    /**
     * An add-on to buy: what it is ({@code Ajouter 14 × Trafic additionnel}), its price, a note
     * when even the most one purchase holds does not cover the forecast (else null), and the
     * add-ons page with it filled in.
     */
    public record Suggestion(String label, String price, String partial, String href) {
    }

    /** One metric over the last months, oldest first. */
    public record HistoryCard(String code, String label, String unit, String totalHeading, String chartLabel,
                              List<HistoryMonth> months) {
        public HistoryCard {
            months = List.copyOf(months);
        }
    }

    /** A month's total and the limit then ({@code limit} null: unlimited). */
    public record HistoryMonth(String monthIso, String month, Figure total, Figure limit, String percent) {
    }

    /**
     * An alert of the month: when it was raised, its level and metric, the figures then; the day
     * the limit is (was) reached at that rate, the add-on that covers it, and for a cliff the
     * add-on's expiry (null otherwise).
     */
    public record AlertRow(String id, String levelCode, String level, String metricCode, String metric,
                           String createdIso, String created, Figure used, Figure limit, String unit,
                           String reachesLimitOnIso, String reachesLimitOn, Suggestion suggestion,
                           String expiresIso, String expires) {
    }

    /** One of the projects with the most traffic this month. */
    public record ProjectRow(String id, String name, Figure cpuCoreHours, Figure memoryMbPeak, Figure trafficGb,
                             Figure storageMb) {
    }

    /**
     * An add-on counting now, with the limit of its metric without it ({@code limitWithout}, null
     * when unlimited) against what the month needs; {@code warning} says it is a cliff (else null).
     */
    public record AddOnRow(String id, String name, int quantity, String expires, String expiresIso, String metric,
                           String unit, Figure limitWithout, Figure need, boolean cliff, String warning) {
    }
}
