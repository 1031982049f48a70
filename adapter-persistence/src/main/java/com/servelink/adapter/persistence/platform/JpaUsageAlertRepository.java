package com.servelink.adapter.persistence.platform;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.TeamId;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Usage alerts in table {@code usage_alert}, at most one per team, metric, level and month by the
 * unique constraint {@code usage_alert_once}.
 *
 * <p><b>Add if absent.</b> {@link #addIfAbsent} is one {@code INSERT … ON CONFLICT DO NOTHING}
 * (PostgreSQL, and H2 in PostgreSQL mode) and reports whether it inserted a row. A duplicate is
 * therefore never an error: the surrounding transaction (the limits job adds several alerts in
 * one) is not aborted on PostgreSQL, no savepoint is needed, and two nodes racing on the same
 * alert both succeed, the second waiting for the first and then inserting nothing. (Without a
 * conflict target the statement also skips a clash on the primary key; ids are random, so that
 * only matters for an alert saved twice, which is then "already there" as well.)
 *
 * <p>Lists are ordered by the database: newest first, then the most severe level, then the
 * metric in {@link UsageMetric} order (CASE ranks built from the enums, as the codes do not sort
 * that way).
 */
public final class JpaUsageAlertRepository implements UsageAlertRepository {
    /** Most severe first: exceeded, critical, warning. */
    private static final String LEVEL_RANK = rank("a.level", Arrays.stream(AlertLevel.values())
            .sorted(Comparator.reverseOrder()).map(AlertLevel::code).toList());
    private static final String METRIC_RANK = rank("a.metric",
            Arrays.stream(UsageMetric.values()).map(UsageMetric::code).toList());

    private final JpaTransactions tx;

    public JpaUsageAlertRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean addIfAbsent(UsageAlert alert) {
        return tx.inTransaction(() -> tx.withEntityManager(em -> em.createNativeQuery("""
                        insert into usage_alert (id, team_id, metric, level, usage_month, used, usage_limit, created_at)
                        values (:id, :team, :metric, :level, :month, :used, :limit, :createdAt)
                        on conflict do nothing""")
                .setParameter("id", alert.id().value())
                .setParameter("team", alert.teamId().value())
                .setParameter("metric", alert.metric().code())
                .setParameter("level", alert.level().code())
                .setParameter("month", alert.month().toString())
                .setParameter("used", alert.used())
                .setParameter("limit", alert.limit())
                .setParameter("createdAt", alert.createdAt())
                .executeUpdate() == 1));
    }

    @Override
    public List<UsageAlert> findByTeam(TeamId team, Optional<YearMonth> month) {
        return tx.withEntityManager(em -> {
            TypedQuery<UsageAlertEntity> query = em.createQuery("select a from UsageAlertEntity a where a.teamId = :team"
                    + (month.isPresent() ? " and a.usageMonth = :month" : "")
                    + " order by a.createdAt desc, " + LEVEL_RANK + ", " + METRIC_RANK, UsageAlertEntity.class);
            query.setParameter("team", team.value());
            month.ifPresent(m -> query.setParameter("month", m.toString()));
            return query.getResultStream().map(JpaUsageAlertRepository::toDomain).toList();
        });
    }

    /** {@code case column when codes[0] then 0 when codes[1] then 1 … end}. */
    private static String rank(String column, List<String> codes) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (int i = 0; i < codes.size(); i++) {
            sql.append(" when '").append(codes.get(i)).append("' then ").append(i);
        }
        return sql.append(" end").toString();
    }

    static UsageAlert toDomain(UsageAlertEntity e) {
        return new UsageAlert(new UsageAlertId(e.id), new TeamId(e.teamId), UsageMetric.fromCode(e.metric, "metric"),
                level(e.level), YearMonth.parse(e.usageMonth), JpaUsageRepository.plain(e.used),
                JpaUsageRepository.plain(e.usageLimit), e.createdAt);
    }

    private static AlertLevel level(String code) {
        return Arrays.stream(AlertLevel.values()).filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown alert level " + code));
    }
}
