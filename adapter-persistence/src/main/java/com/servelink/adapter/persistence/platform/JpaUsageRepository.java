package com.servelink.adapter.persistence.platform;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.team.TeamId;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * <p><b>Monthly totals.</b> One query: the team's samples of the month summed per metric and
 * day (inner {@code GROUP BY}), then per metric both the sum and the maximum of those daily sums
 * (outer {@code GROUP BY}); flows take the sum, levels the maximum, exactly as
 * {@link MonthlyUsage#aggregate}. Amounts come back without trailing zeros
 * ({@code 3.750000} → {@code 3.75}, never in exponent form).
 */
public final class JpaUsageRepository implements UsageRepository {
    private static final String POSTGRES_UPSERT = """
            insert into usage_sample (project_id, usage_date, metric, amount) values (?, ?, ?, ?)
            on conflict (project_id, usage_date, metric) do update set amount = excluded.amount""";
    private static final String H2_UPSERT = """
            merge into usage_sample (project_id, usage_date, metric, amount)
            key (project_id, usage_date, metric) values (?, ?, ?, ?)""";
    private static final int BATCH = 200;

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
            });
            return null;
        }));
    }

    @Override
    public MonthlyUsage monthlyTotals(TeamId team, YearMonth month) {
        return tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select d.metric, sum(d.day_total), max(d.day_total)
                            from (select s.metric as metric, s.usage_date as usage_date, sum(s.amount) as day_total
                                  from usage_sample s join project p on p.id = s.project_id
                                  where p.team_id = :team and s.usage_date >= :from and s.usage_date < :to
                                  group by s.metric, s.usage_date) d
                            group by d.metric""")
                    .setParameter("team", team.value())
                    .setParameter("from", month.atDay(1))
                    .setParameter("to", month.plusMonths(1).atDay(1))
                    .getResultList();
            Map<UsageMetric, BigDecimal> totals = new EnumMap<>(UsageMetric.class);
            for (Object[] row : rows) {
                UsageMetric metric = UsageMetric.fromCode((String) row[0], "metric");
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
        return tx.withEntityManager(em -> {
            TypedQuery<String> query = em.createQuery("""
                    select distinct p.teamId from UsageSampleEntity s join ProjectEntity p on p.id = s.key.projectId
                    where s.key.usageDate >= :from and s.key.usageDate < :to"""
                    + (after.isPresent() ? " and p.teamId > :after" : "") + " order by p.teamId", String.class);
            query.setParameter("from", month.atDay(1));
            query.setParameter("to", month.plusMonths(1).atDay(1));
            after.ifPresent(a -> query.setParameter("after", a.value()));
            return query.setMaxResults(limit).getResultStream().map(TeamId::new).toList();
        });
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
