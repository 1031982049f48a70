package com.servelink.adapter.persistence.platform;

import com.servelink.application.port.out.UsageAlertRepository.AlertPosition;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.AddOnSuggestion;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Usage alerts in table {@code usage_alert}, at most one per team and {@link UsageAlert#key() key}
 * by the unique constraint {@code usage_alert_key_unique} on {@code (team_id, alert_key)}.
 *
 * <p><b>Add if absent.</b> {@link #addIfAbsent} is one {@code INSERT … ON CONFLICT DO NOTHING}
 * (PostgreSQL, and H2 in PostgreSQL mode) and reports whether it inserted a row. A duplicate is
 * therefore never an error: the surrounding transaction (the limits job adds several alerts in
 * one) is not aborted on PostgreSQL, no savepoint is needed, and two nodes racing on the same
 * alert both succeed, the second waiting for the first and then inserting nothing. (Without a
 * conflict target the statement also skips a clash on the primary key; ids are random, so that
 * only matters for an alert saved twice, which is then "already there" as well.) The optional
 * columns are bound with their type, so that a null is a typed null on PostgreSQL.
 *
 * <p>Lists are ordered by the database: newest first, then the most severe level
 * ({@link UsageAlertRepository#MOST_SEVERE_FIRST}), then the metric in {@link UsageMetric} order
 * (CASE ranks built from those lists, as the codes do not sort that way), then the key.
 */
public final class JpaUsageAlertRepository implements UsageAlertRepository {
    private static final String LEVEL_RANK = SqlRank.of("a.level",
            MOST_SEVERE_FIRST.stream().map(AlertLevel::code).toList());
    private static final String METRIC_RANK = SqlRank.metric("a.metric");

    private final JpaTransactions tx;

    public JpaUsageAlertRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean addIfAbsent(UsageAlert alert) {
        Optional<AddOnSuggestion> suggestion = alert.suggestion();
        Optional<UsageAlert.Cliff> cliff = alert.cliff();
        return tx.inTransaction(() -> tx.withEntityManager(em -> em.unwrap(Session.class).createNativeMutationQuery("""
                        insert into usage_alert (id, team_id, alert_key, metric, level, usage_month, used, usage_limit,
                                                 created_at, reaches_limit_on, suggested_type, suggested_quantity,
                                                 suggested_unit_price, suggested_price, suggested_currency,
                                                 suggested_covers, resource_id, resource_expires_at, within_days)
                        values (:id, :team, :key, :metric, :level, :month, :used, :limit, :createdAt, :reachesLimitOn,
                                :suggestedType, :suggestedQuantity, :suggestedUnitPrice, :suggestedPrice,
                                :suggestedCurrency, :suggestedCovers, :resourceId, :resourceExpiresAt, :withinDays)
                        on conflict do nothing""")
                .setParameter("id", alert.id().value())
                .setParameter("team", alert.teamId().value())
                .setParameter("key", alert.key().value())
                .setParameter("metric", alert.metric().code())
                .setParameter("level", alert.level().code())
                .setParameter("month", alert.month().toString())
                .setParameter("used", alert.used())
                .setParameter("limit", alert.limit())
                .setParameter("createdAt", alert.createdAt())
                .setParameter("reachesLimitOn", alert.reachesLimitOn().orElse(null), LocalDate.class)
                .setParameter("suggestedType", suggestion.map(s -> s.type().code()).orElse(null), String.class)
                .setParameter("suggestedQuantity", suggestion.map(AddOnSuggestion::quantity).orElse(null),
                        Integer.class)
                .setParameter("suggestedUnitPrice", suggestion.map(s -> s.unitPrice().amount()).orElse(null),
                        BigDecimal.class)
                .setParameter("suggestedPrice", suggestion.map(s -> s.price().amount()).orElse(null),
                        BigDecimal.class)
                .setParameter("suggestedCurrency",
                        suggestion.map(s -> s.price().currency().getCurrencyCode()).orElse(null), String.class)
                .setParameter("suggestedCovers", suggestion.map(AddOnSuggestion::coversForecast).orElse(null),
                        Boolean.class)
                .setParameter("resourceId", cliff.map(c -> c.resourceId().value()).orElse(null), String.class)
                .setParameter("resourceExpiresAt", cliff.map(UsageAlert.Cliff::expiresAt).orElse(null),
                        Instant.class)
                .setParameter("withinDays", cliff.map(UsageAlert.Cliff::withinDays).orElse(null), Integer.class)
                .executeUpdate() == 1));
    }

    @Override
    public List<UsageAlert> findByTeam(TeamId team, Optional<YearMonth> month) {
        return tx.withEntityManager(em -> {
            TypedQuery<UsageAlertEntity> query = em.createQuery("select a from UsageAlertEntity a where a.teamId = :team"
                    + (month.isPresent() ? " and a.usageMonth = :month" : "")
                    + " order by a.createdAt desc, " + LEVEL_RANK + ", " + METRIC_RANK + ", a.alertKey",
                    UsageAlertEntity.class);
            query.setParameter("team", team.value());
            month.ifPresent(m -> query.setParameter("month", m.toString()));
            return query.getResultStream().map(JpaUsageAlertRepository::toDomain).toList();
        });
    }

    @Override
    public List<UsageAlert> findPageByTeam(TeamId team, Optional<YearMonth> month, Optional<AlertPosition> after,
                                           int limit) {
        // the list's whole order, written out: created_at descending, then the ranks and the key ascending
        String afterPosition = " and (a.createdAt < :at or (a.createdAt = :at and (" + LEVEL_RANK + " > :level or ("
                + LEVEL_RANK + " = :level and (" + METRIC_RANK + " > :metric or (" + METRIC_RANK
                + " = :metric and a.alertKey > :key))))))";
        return tx.withEntityManager(em -> {
            TypedQuery<UsageAlertEntity> query = em.createQuery("select a from UsageAlertEntity a where a.teamId = :team"
                    + (month.isPresent() ? " and a.usageMonth = :month" : "")
                    + (after.isPresent() ? afterPosition : "")
                    + " order by a.createdAt desc, " + LEVEL_RANK + ", " + METRIC_RANK + ", a.alertKey",
                    UsageAlertEntity.class);
            query.setParameter("team", team.value());
            month.ifPresent(m -> query.setParameter("month", m.toString()));
            after.ifPresent(p -> query.setParameter("at", p.createdAt())
                    .setParameter("level", MOST_SEVERE_FIRST.indexOf(p.level()))
                    .setParameter("metric", p.metric().ordinal())
                    .setParameter("key", p.key()));
            query.setMaxResults(limit);
            return query.getResultStream().map(JpaUsageAlertRepository::toDomain).toList();
        });
    }

    static UsageAlert toDomain(UsageAlertEntity e) {
        return new UsageAlert(new UsageAlertId(e.id), new TeamId(e.teamId), UsageMetric.fromCode(e.metric, "metric"),
                AlertLevel.fromCode(e.level), YearMonth.parse(e.usageMonth), JpaUsageRepository.plain(e.used),
                JpaUsageRepository.plain(e.usageLimit), e.createdAt, Optional.ofNullable(e.reachesLimitOn),
                suggestion(e), cliff(e));
    }

    private static Optional<AddOnSuggestion> suggestion(UsageAlertEntity e) {
        if (e.suggestedType == null) {
            return Optional.empty();
        }
        Currency currency = Currency.getInstance(e.suggestedCurrency);
        return Optional.of(new AddOnSuggestion(ResourceType.fromCode(e.suggestedType, "suggested_type"),
                e.suggestedQuantity, new Money(e.suggestedUnitPrice, currency), new Money(e.suggestedPrice, currency),
                e.suggestedCovers));
    }

    private static Optional<UsageAlert.Cliff> cliff(UsageAlertEntity e) {
        return e.resourceId == null ? Optional.empty()
                : Optional.of(new UsageAlert.Cliff(new ResourceId(e.resourceId), e.resourceExpiresAt, e.withinDays));
    }
}
