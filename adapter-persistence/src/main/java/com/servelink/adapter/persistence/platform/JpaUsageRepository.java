package com.servelink.adapter.persistence.platform;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.team.TeamId;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Daily usage samples in table {@code usage_sample}, keyed by project, day and metric.
 *
 * <p><b>Upsert.</b> {@link #saveAll} writes the samples with a single-statement upsert sent in
 * JDBC batches (of {@value #BATCH}), all inside one transaction (the caller's, if any):
 * {@code INSERT … ON CONFLICT (project_id, usage_date, metric) DO UPDATE} on PostgreSQL and
 * {@code MERGE INTO … KEY (project_id, usage_date, metric)} on H2 (H2's PostgreSQL mode has no
 * {@code ON CONFLICT DO UPDATE}; PostgreSQL has no {@code MERGE … KEY}, and its standard
 * {@code MERGE} needs version 15 and can still fail on a concurrent insert). Each statement is
 * atomic, so two reports of the same sample racing each other both succeed and the last one to
 * commit wins, with no unique-key failure. This statement is the only SQL of the adapter that
 * differs between the two databases; {@link com.servelink.adapter.persistence.config.Database}
 * picks it. A sample of a project that does not exist violates the foreign key (the use case
 * checks projects first).
 *
 * <p><b>Rollups.</b> The same transaction keeps two rollup tables ({@link UsageRollups}):
 * {@code usage_team_day} (per team, day and metric, the sum across its projects) and
 * {@code usage_project_month} (per project and month, flows summed and levels at the project's
 * highest day). Every read but the export reads them, not the samples: a team of 50 projects
 * has 200 samples a day, and summing them on each dashboard request cost PostgreSQL about 1 ms
 * (measured in docs/benchmarks.md, issue 12). The sums are still SQL's, computed once per report.
 *
 * <p><b>Monthly totals.</b> One query over {@code usage_team_day}: per metric, the sum and the
 * maximum of the team's daily sums; flows take the sum, levels the maximum, exactly as
 * {@link MonthlyUsage#aggregate}. Amounts come back without trailing zeros
 * ({@code 3.750000} → {@code 3.75}, never in exponent form).
 *
 * <p><b>The dashboard's reads</b> are one statement each, plain JDBC through
 * {@link JpaTransactions#withConnection} (typed columns, no entities):
 * <ul>
 *   <li>{@link #dailyTotals}: the team's rows of {@code usage_team_day} by its primary key range;
 *   <li>{@link #topProjectsByTraffic}: the month's rows of {@code usage_project_month} for the
 *       team (index {@code (team_id, usage_year, usage_month)}), with the project's name, ordered
 *       by traffic and cut by {@code LIMIT} (the join also filters {@code project.team_id}, which
 *       lets PostgreSQL take the team's projects by index instead of hashing the whole table);
 *   <li>{@link #monthlyHistory}: {@code usage_team_day} grouped per metric and
 *       {@code extract(year/month …)}, so all months in one statement;
 *   <li>{@link #streamSamples}: the rows in export order, read through a cursor: in a
 *       transaction and with a fetch size, which is what makes the PostgreSQL driver fetch
 *       {@value #EXPORT_FETCH_SIZE} rows at a time instead of the whole result.
 * </ul>
 * Metrics sort in {@link UsageMetric} order ({@link SqlRank}), as the in-memory twin sorts them;
 * project names sort by the database's collation (the twin's Java order agrees on plain ASCII).
 */
public final class JpaUsageRepository implements UsageRepository {
    private static final String POSTGRES_UPSERT = """
            insert into usage_sample (project_id, usage_date, metric, amount) values (?, ?, ?, ?)
            on conflict (project_id, usage_date, metric) do update set amount = excluded.amount""";
    private static final String H2_UPSERT = """
            merge into usage_sample (project_id, usage_date, metric, amount)
            key (project_id, usage_date, metric) values (?, ?, ?, ?)""";
    private static final int BATCH = 200;
    private static final int EXPORT_FETCH_SIZE = 1000;

    /** The team's daily sum of each metric, from a day to a day (both included). */
    private static final String DAILY_TOTALS = """
            select metric, usage_date, total from usage_team_day
            where team_id = ? and usage_date between ? and ?
            order by %s, usage_date""".formatted(SqlRank.metric("metric"));

    /** One column per metric, in {@link UsageMetric} order; null when the project has no sample of it. */
    private static final String TOP_PROJECTS = """
            select m.project_id, p.name, %s
            from usage_project_month m join project p on p.id = m.project_id
            where m.team_id = ? and p.team_id = ? and m.usage_year = ? and m.usage_month = ?
            order by coalesce(m.%s, 0) desc, p.name, p.id
            limit ?""".formatted(Arrays.stream(UsageMetric.values()).map(m -> "m." + m.code())
            .collect(Collectors.joining(", ")), UsageMetric.TRAFFIC_GB.code());

    private static final String MONTHLY_HISTORY = """
            select metric, extract(year from usage_date), extract(month from usage_date), sum(total), max(total)
            from usage_team_day
            where team_id = ? and usage_date >= ? and usage_date < ?
            group by metric, extract(year from usage_date), extract(month from usage_date)""";

    private static final String EXPORT = """
            select s.usage_date, s.project_id, p.name, s.metric, s.amount
            from usage_sample s join project p on p.id = s.project_id
            where p.team_id = ? and s.usage_date between ? and ?
            order by s.usage_date, p.name, p.id, %s""".formatted(SqlRank.metric("s.metric"));

    private final JpaTransactions tx;
    private final String upsert;

    /** {@code postgres}: whether the database is PostgreSQL (else H2), which picks the upsert statement. */
    public JpaUsageRepository(JpaTransactions tx, boolean postgres) {
        this.tx = tx;
        this.upsert = postgres ? POSTGRES_UPSERT : H2_UPSERT;
    }

    @Override
    public void saveAll(Collection<UsageSample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            em.flush(); // rows persisted earlier in the unit of work must be there for the foreign key
            em.unwrap(Session.class).doWork(connection -> {
                Map<String, UsageRollups.Span> touched = UsageRollups.lockTeams(connection, samples);
                try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                    int pending = 0;
                    for (UsageSample sample : samples) {
                        statement.setString(1, sample.projectId().value());
                        statement.setObject(2, sample.day());
                        statement.setString(3, sample.metric().code());
                        statement.setBigDecimal(4, sample.amount());
                        statement.addBatch();
                        if (++pending == BATCH) {
                            statement.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        statement.executeBatch();
                    }
                }
                UsageRollups.refresh(connection, touched);
            });
            return null;
        }));
    }

    @Override
    public MonthlyUsage monthlyTotals(TeamId team, YearMonth month) {
        return tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select metric, sum(total), max(total) from usage_team_day
                            where team_id = :team and usage_date >= :from and usage_date < :to
                            group by metric""")
                    .setParameter("team", team.value())
                    .setParameter("from", month.atDay(1))
                    .setParameter("to", month.plusMonths(1).atDay(1))
                    .getResultList();
            Map<UsageMetric, BigDecimal> totals = new EnumMap<>(UsageMetric.class);
            for (Object[] row : rows) {
                UsageMetric metric = metric((String) row[0]);
                Object value = switch (metric.aggregation()) {
                    case SUM_OF_DAYS -> row[1];
                    case PEAK_DAY -> row[2];
                };
                totals.put(metric, plain(decimal(value)));
            }
            return new MonthlyUsage(month, totals);
        });
    }

    @Override
    public List<TeamId> teamsWithUsage(YearMonth month, Optional<TeamId> after, int limit) {
        String sql = "select distinct team_id from usage_team_day where usage_date >= ? and usage_date < ?"
                + (after.isPresent() ? " and team_id > ?" : "") + " order by team_id limit ?";
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                statement.setObject(i++, month.atDay(1));
                statement.setObject(i++, month.plusMonths(1).atDay(1));
                if (after.isPresent()) {
                    statement.setString(i++, after.get().value());
                }
                statement.setInt(i, limit);
                List<TeamId> teams = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        teams.add(new TeamId(row.getString(1)));
                    }
                }
                return teams;
            }
        });
    }

    @Override
    public List<DailyTotal> dailyTotals(TeamId team, LocalDate from, LocalDate to) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(DAILY_TOTALS)) {
                statement.setString(1, team.value());
                statement.setObject(2, from);
                statement.setObject(3, to);
                List<DailyTotal> totals = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        totals.add(new DailyTotal(metric(row.getString(1)), row.getObject(2, LocalDate.class),
                                plain(row.getBigDecimal(3))));
                    }
                }
                return totals;
            }
        });
    }

    @Override
    public List<ProjectUsage> topProjectsByTraffic(TeamId team, YearMonth month, int limit) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TOP_PROJECTS)) {
                statement.setString(1, team.value());
                statement.setString(2, team.value());
                statement.setInt(3, month.getYear());
                statement.setInt(4, month.getMonthValue());
                statement.setInt(5, limit);
                List<ProjectUsage> projects = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        Map<UsageMetric, BigDecimal> totals = new EnumMap<>(UsageMetric.class);
                        UsageMetric[] metrics = UsageMetric.values();
                        for (int i = 0; i < metrics.length; i++) {
                            BigDecimal value = row.getBigDecimal(3 + i);
                            if (value != null) {
                                totals.put(metrics[i], plain(value));
                            }
                        }
                        projects.add(new ProjectUsage(new ProjectId(row.getString(1)), row.getString(2),
                                new MonthlyUsage(month, totals)));
                    }
                }
                return projects;
            }
        });
    }

    @Override
    public List<MonthlyUsage> monthlyHistory(TeamId team, YearMonth first, YearMonth last) {
        Map<YearMonth, Map<UsageMetric, BigDecimal>> byMonth = tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MONTHLY_HISTORY)) {
                statement.setString(1, team.value());
                statement.setObject(2, first.atDay(1));
                statement.setObject(3, last.plusMonths(1).atDay(1));
                Map<YearMonth, Map<UsageMetric, BigDecimal>> totals = new HashMap<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        UsageMetric metric = metric(row.getString(1));
                        YearMonth month = YearMonth.of(row.getInt(2), row.getInt(3));
                        BigDecimal value = switch (metric.aggregation()) {
                            case SUM_OF_DAYS -> row.getBigDecimal(4);
                            case PEAK_DAY -> row.getBigDecimal(5);
                        };
                        totals.computeIfAbsent(month, m -> new EnumMap<>(UsageMetric.class)).put(metric, plain(value));
                    }
                }
                return totals;
            }
        });
        List<MonthlyUsage> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new MonthlyUsage(month, byMonth.getOrDefault(month, Map.of())));
        }
        return months;
    }

    @Override
    public long streamSamples(TeamId team, LocalDate from, LocalDate to, Consumer<ExportedSample> sink) {
        // a transaction, as the PostgreSQL driver only reads by fetch size with autocommit off;
        // a failing sink (the client went away) ends it and rolls back a transaction that wrote nothing
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(EXPORT)) {
                statement.setFetchSize(EXPORT_FETCH_SIZE);
                statement.setString(1, team.value());
                statement.setObject(2, from);
                statement.setObject(3, to);
                long count = 0;
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        sink.accept(new ExportedSample(row.getObject(1, LocalDate.class),
                                new ProjectId(row.getString(2)), row.getString(3), metric(row.getString(4)),
                                plain(row.getBigDecimal(5))));
                        count++;
                    }
                }
                return count;
            }
        }));
    }

    private static UsageMetric metric(String code) {
        return UsageMetric.fromCode(code, "metric");
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** Without trailing zeros, and never with a negative scale (10, not 1E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
