package com.servelink.adapter.persistence.billing;

import com.servelink.application.port.out.RowPosition;
import jakarta.persistence.TypedQuery;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Payments in table {@code payment}, optimistically locked by {@code version}. */
public final class JpaPaymentRepository implements PaymentRepository {
    private final JpaTransactions tx;

    public JpaPaymentRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(PaymentEntity.class, id.value()))
                .map(JpaPaymentRepository::toDomain));
    }

    @Override
    public void save(Payment payment) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            PaymentEntity entity = em.find(PaymentEntity.class, payment.id().value());
            if (entity == null) {
                entity = new PaymentEntity();
                entity.id = payment.id().value();
                copy(payment, entity);
                em.persist(entity);
            } else {
                Versions.requireSame(entity.version, payment.version(), "payment " + payment.id());
                copy(payment, entity);
            }
            em.flush();
            return null;
        }));
    }

    @Override
    public List<Payment> findPageByTeam(TeamId team, Optional<RowPosition> after, int limit) {
        return tx.withEntityManager(em -> {
            TypedQuery<PaymentEntity> query = em.createQuery("select p from PaymentEntity p where p.teamId = :team"
                    + (after.isPresent() ? " and (p.createdAt < :at or (p.createdAt = :at and p.id < :id))" : "")
                    + " order by p.createdAt desc, p.id desc", PaymentEntity.class)
                    .setParameter("team", team.value())
                    .setMaxResults(limit);
            after.ifPresent(a -> query.setParameter("at", a.createdAt()).setParameter("id", a.id()));
            return query.getResultStream().map(JpaPaymentRepository::toDomain).toList();
        });
    }

    @Override
    public List<Payment> findPendingCreatedBefore(Instant cutoff, int limit) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select p from PaymentEntity p where p.status = 'pending' and p.createdAt < :cutoff
                        order by p.createdAt, p.id""", PaymentEntity.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultStream().map(JpaPaymentRepository::toDomain).toList());
    }

    @Override
    public Optional<Payment> findRenewal(ResourceId resource, Instant periodEnd) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select p from PaymentEntity p where p.resourceId = :resource and p.renewalOf = :periodEnd""",
                        PaymentEntity.class)
                .setParameter("resource", resource.value())
                .setParameter("periodEnd", periodEnd)
                .getResultStream().findFirst().map(JpaPaymentRepository::toDomain));
    }

    @Override
    public void linkProviderPayment(PaymentId id, String providerPayment) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            PaymentEntity entity = em.find(PaymentEntity.class, id.value());
            if (entity == null) {
                throw new IllegalStateException("no payment " + id);
            }
            if (!providerPayment.equals(entity.providerPayment)) {
                entity.providerPayment = providerPayment;
                em.flush();
            }
            return null;
        }));
    }

    @Override
    public Optional<PaymentId> findIdByProviderPayment(String provider, String providerPayment) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select p.id from PaymentEntity p
                        where p.provider = :provider and p.providerPayment = :reference
                        order by p.createdAt desc, p.id desc""", String.class)
                .setParameter("provider", provider)
                .setParameter("reference", providerPayment)
                .setMaxResults(1)
                .getResultStream().findFirst().map(PaymentId::new));
    }

    @Override
    public Optional<String> findProviderPayment(PaymentId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(PaymentEntity.class, id.value()))
                .map(entity -> entity.providerPayment));
    }

    private static void copy(Payment p, PaymentEntity e) {
        e.teamId = p.teamId().value();
        e.resourceId = p.resourceId().value();
        e.amount = p.amount().amount();
        e.currency = p.amount().currency().getCurrencyCode();
        e.provider = p.provider();
        e.providerReference = p.providerReference();
        e.checkoutUrl = p.checkoutUrl().orElse(null);
        e.renewalOf = p.renewalOf().orElse(null);
        e.status = p.status().code();
        e.createdAt = p.createdAt();
        e.completedAt = p.completedAt().orElse(null);
        e.failedAt = p.failedAt().orElse(null);
        e.reversedAt = p.reversedAt().orElse(null);
    }

    static Payment toDomain(PaymentEntity e) {
        return Payment.reconstitute(new PaymentId(e.id), new TeamId(e.teamId), new ResourceId(e.resourceId),
                new Money(e.amount, Currency.getInstance(e.currency)), e.provider, e.providerReference,
                e.checkoutUrl, e.renewalOf, PaymentStatus.fromCode(e.status), e.createdAt, e.completedAt, e.failedAt,
                e.reversedAt,
                e.version);
    }
}
