package com.servelink.adapter.persistence.platform;

import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps the rollup tables of V6 ({@code usage_team_day}, {@code usage_project_month}) equal to
 * what the samples sum to. A report replaces samples, so a rollup cannot be adjusted by a delta
 * without reading the old amounts; instead, for each team a report touches, the rows of the days
 * (and months) between its first and last sample are deleted and recomputed from the samples by
 * {@code INSERT … SELECT … GROUP BY}: two statements per table and team, whatever the report's
 * size. The team rows are locked first ({@code SELECT … FOR UPDATE}, in id order, so two reports
 * cannot deadlock), so reports of one team serialize and each recomputes from every committed
 * sample; reports of different teams do not wait for each other.
 */
final class UsageRollups {
    private static final int IN_CHUNK = 500;

    private static final String PROJECT_COLUMNS = Arrays.stream(UsageMetric.values()).map(UsageMetric::code)
            .collect(Collectors.joining(", "));
    private static final String PROJECT_AGGREGATES = Arrays.stream(UsageMetric.values())
            .map(m -> switch (m.aggregation()) {
                case SUM_OF_DAYS -> "sum";
                case PEAK_DAY -> "max";
            } + "(case when s.metric = '" + m.code() + "' then s.amount end)")
            .collect(Collectors.joining(", "));

    private static final String LOCK_TEAM = "select id from team where id = ? for update";
    private static final String DELETE_DAYS = "delete from usage_team_day where team_id = ? and usage_date between ? and ?";
    private static final String INSERT_DAYS = """
            insert into usage_team_day (team_id, usage_date, metric, total)
            select p.team_id, s.usage_date, s.metric, sum(s.amount)
            from usage_sample s join project p on p.id = s.project_id
            where p.team_id = ? and s.usage_date between ? and ?
            group by p.team_id, s.usage_date, s.metric""";
    private static final String DELETE_MONTHS = """
            delete from usage_project_month
            where team_id = ? and usage_year * 100 + usage_month between ? and ?""";
    private static final String INSERT_MONTHS = """
            insert into usage_project_month (project_id, team_id, usage_year, usage_month, %s)
            select s.project_id, p.team_id, extract(year from s.usage_date), extract(month from s.usage_date), %s
            from usage_sample s join project p on p.id = s.project_id
            where p.team_id = ? and s.usage_date >= ? and s.usage_date < ?
            group by s.project_id, p.team_id, extract(year from s.usage_date), extract(month from s.usage_date)"""
            .formatted(PROJECT_COLUMNS, PROJECT_AGGREGATES);

    private UsageRollups() {
    }

    /** The first and last day a report touches for one team. */
    record Span(LocalDate first, LocalDate last) {
        Span with(LocalDate day) {
            return new Span(day.isBefore(first) ? day : first, day.isAfter(last) ? day : last);
        }
    }

    /**
     * Locks the teams of {@code samples}' projects and returns, per team (in id order), the days
     * the report touches. Run before the samples are written, in the same transaction.
     */
    static Map<String, Span> lockTeams(Connection connection, Collection<UsageSample> samples) throws SQLException {
        Map<String, String> teamOf = teamsOf(connection, samples.stream().map(s -> s.projectId().value())
                .distinct().toList());
        Map<String, Span> spans = new TreeMap<>();
        for (UsageSample sample : samples) {
            String team = teamOf.get(sample.projectId().value());
            if (team != null) { // an unknown project: the sample's insert fails on its foreign key
                spans.merge(team, new Span(sample.day(), sample.day()), (a, b) -> a.with(b.first()));
            }
        }
        try (PreparedStatement lock = connection.prepareStatement(LOCK_TEAM)) {
            for (String team : spans.keySet()) {
                lock.setString(1, team);
                try (ResultSet ignored = lock.executeQuery()) {
                    // the row lock is what is wanted
                }
            }
        }
        return spans;
    }

    /** Recomputes the rollups of each team's span from the samples, once they are written. */
    static void refresh(Connection connection, Map<String, Span> spans) throws SQLException {
        try (PreparedStatement deleteDays = connection.prepareStatement(DELETE_DAYS);
             PreparedStatement insertDays = connection.prepareStatement(INSERT_DAYS);
             PreparedStatement deleteMonths = connection.prepareStatement(DELETE_MONTHS);
             PreparedStatement insertMonths = connection.prepareStatement(INSERT_MONTHS)) {
            for (Map.Entry<String, Span> entry : spans.entrySet()) {
                String team = entry.getKey();
                Span span = entry.getValue();
                for (PreparedStatement days : List.of(deleteDays, insertDays)) {
                    days.setString(1, team);
                    days.setObject(2, span.first());
                    days.setObject(3, span.last());
                    days.executeUpdate();
                }
                YearMonth first = YearMonth.from(span.first());
                YearMonth last = YearMonth.from(span.last());
                deleteMonths.setString(1, team);
                deleteMonths.setInt(2, first.getYear() * 100 + first.getMonthValue());
                deleteMonths.setInt(3, last.getYear() * 100 + last.getMonthValue());
                deleteMonths.executeUpdate();
                insertMonths.setString(1, team);
                insertMonths.setObject(2, first.atDay(1));
                insertMonths.setObject(3, last.plusMonths(1).atDay(1));
                insertMonths.executeUpdate();
            }
        }
    }

    private static Map<String, String> teamsOf(Connection connection, List<String> projects) throws SQLException {
        if (projects.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> teams = new HashMap<>();
        for (int from = 0; from < projects.size(); from += IN_CHUNK) {
            List<String> chunk = new ArrayList<>(projects.subList(from, Math.min(projects.size(), from + IN_CHUNK)));
            String sql = "select id, team_id from project where id in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        teams.put(row.getString(1), row.getString(2));
                    }
                }
            }
        }
        return teams;
    }
}
