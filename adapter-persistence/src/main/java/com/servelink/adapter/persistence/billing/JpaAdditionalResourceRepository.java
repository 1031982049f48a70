package com.servelink.adapter.persistence.billing;

import com.servelink.application.port.out.RowPosition;
import jakarta.persistence.TypedQuery;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Add-ons in table {@code additional_resource}. Totals are one {@code GROUP BY} over the team's
 * counting rows; expiry is one set-based {@code UPDATE}. The look-ups by period are one query
 * each: a team's by {@code additional_resource_team_idx} (team first), the expiring ones of all
 * teams by {@code additional_resource_expiry_idx (status, expires_at)}.
 */
public final class JpaAdditionalResourceRepository implements AdditionalResourceRepository {
    private static final String COUNTING_UNITS = """
            select resource_type, sum(quantity) from additional_resource
            where team_id = ? and status = 'active' and expires_at > cast(? as timestamp with time zone)
            group by resource_type""";

    private final JpaTransactions tx;

    public JpaAdditionalResourceRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<AdditionalResource> findById(ResourceId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(AdditionalResourceEntity.class, id.value()))
                .map(JpaAdditionalResourceRepository::toDomain));
    }

    @Override
    public List<AdditionalResource> findByTeam(TeamId team, Optional<ResourceStatus> status) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select r from AdditionalResourceEntity r
                        where r.teamId = :team and (:status is null or r.status = :status)
                        order by r.createdAt desc, r.id desc""", AdditionalResourceEntity.class)
                .setParameter("team", team.value())
                .setParameter("status", status.map(ResourceStatus::code).orElse(null))
                .getResultStream().map(JpaAdditionalResourceRepository::toDomain).toList());
    }

    @Override
    public List<AdditionalResource> findPageByTeam(TeamId team, Optional<ResourceStatus> status,
                                                   Optional<RowPosition> after, int limit) {
        return tx.withEntityManager(em -> {
            TypedQuery<AdditionalResourceEntity> query = em.createQuery(
                    "select r from AdditionalResourceEntity r where r.teamId = :team"
                            + (status.isPresent() ? " and r.status = :status" : "")
                            + (after.isPresent() ? " and (r.createdAt < :at or (r.createdAt = :at and r.id < :id))" : "")
                            + " order by r.createdAt desc, r.id desc", AdditionalResourceEntity.class)
                    .setParameter("team", team.value())
                    .setMaxResults(limit);
            status.ifPresent(s -> query.setParameter("status", s.code()));
            after.ifPresent(a -> query.setParameter("at", a.createdAt()).setParameter("id", a.id()));
            return query.getResultStream().map(JpaAdditionalResourceRepository::toDomain).toList();
        });
    }

    @Override
    public Map<ResourceType, Long> countingUnits(TeamId team, Instant now) {
        // read on every limits request: plain SQL, no session
        return tx.withConnection(connection -> {
            Map<ResourceType, Long> units = new EnumMap<>(ResourceType.class);
            try (PreparedStatement statement = connection.prepareStatement(COUNTING_UNITS)) {
                statement.setString(1, team.value());
                // as ISO-8601 text: the driver's own timestamp binding builds a calendar per statement,
                // which cost as much as running the query
                statement.setString(2, now.toString());
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        units.put(ResourceType.fromCode(row.getString(1), "resource_type"), row.getLong(2));
                    }
                }
            }
            return units;
        });
    }

    @Override
    public void save(AdditionalResource resource) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            AdditionalResourceEntity entity = em.find(AdditionalResourceEntity.class, resource.id().value());
            if (entity == null) {
                entity = new AdditionalResourceEntity();
                entity.id = resource.id().value();
                copy(resource, entity);
                em.persist(entity);
            } else {
                Versions.requireSame(entity.version, resource.version(), "resource " + resource.id());
                copy(resource, entity);
            }
            em.flush();
            return null;
        }));
    }

    @Override
    public int expireDue(Instant now) {
        return tx.inTransaction(() -> tx.withEntityManager(em -> em.createQuery("""
                        update AdditionalResourceEntity r set r.status = 'expired', r.version = r.version + 1
                        where r.status = 'active' and r.expiresAt <= :now""")
                .setParameter("now", now)
                .executeUpdate()));
    }

    @Override
    public List<AdditionalResource> findActiveDuring(TeamId team, Instant from, Instant to) {
        // a pending resource has neither instant, so it never matches
        return tx.withEntityManager(em -> em.createQuery("""
                        select r from AdditionalResourceEntity r
                        where r.teamId = :team and r.activatedAt < :to and r.expiresAt > :from
                        order by r.activatedAt, r.id""", AdditionalResourceEntity.class)
                .setParameter("team", team.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(JpaAdditionalResourceRepository::toDomain).toList());
    }

    @Override
    public List<AdditionalResource> findActiveExpiring(Instant from, Instant to) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select r from AdditionalResourceEntity r
                        where r.status = 'active' and r.expiresAt > :from and r.expiresAt <= :to
                        order by r.expiresAt, r.id""", AdditionalResourceEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(JpaAdditionalResourceRepository::toDomain).toList());
    }

    @Override
    public boolean markExpiryAnnounced(ResourceId id, Instant expiresAt) {
        // a conditional update: of two racing runs, one changes the row and announces
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (var statement = connection.prepareStatement("""
                    update additional_resource set expiry_announced_for = ?
                    where id = ? and (expiry_announced_for is null or expiry_announced_for <> ?)""")) {
                var at = expiresAt.atOffset(java.time.ZoneOffset.UTC);
                statement.setObject(1, at);
                statement.setString(2, id.value());
                statement.setObject(3, at);
                return statement.executeUpdate() == 1;
            }
        }));
    }

    private static void copy(AdditionalResource r, AdditionalResourceEntity e) {
        e.teamId = r.teamId().value();
        e.resourceType = r.type().code();
        e.quantity = r.quantity().value();
        e.unitPrice = r.unitPrice().amount();
        e.currency = r.unitPrice().currency().getCurrencyCode();
        e.paymentId = r.paymentId().value();
        e.status = r.status().code();
        e.createdAt = r.createdAt();
        e.activatedAt = r.activatedAt().orElse(null);
        e.expiresAt = r.expiresAt().orElse(null);
        e.cancelledAt = r.cancelledAt().orElse(null);
        e.autoRenew = r.autoRenew();
        e.renewalReference = r.renewalReference().orElse(null);
    }

    static AdditionalResource toDomain(AdditionalResourceEntity e) {
        return AdditionalResource.reconstitute(new ResourceId(e.id), new TeamId(e.teamId),
                ResourceType.fromCode(e.resourceType, "resource_type"), new Quantity(e.quantity),
                new Money(e.unitPrice, Currency.getInstance(e.currency)), new PaymentId(e.paymentId),
                ResourceStatus.fromCode(e.status, "status"), e.createdAt, e.activatedAt, e.expiresAt, e.cancelledAt,
                e.autoRenew, e.renewalReference, e.version);
    }
}
