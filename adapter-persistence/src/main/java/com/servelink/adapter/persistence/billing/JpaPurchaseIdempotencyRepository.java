package com.servelink.adapter.persistence.billing;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.port.out.PurchaseIdempotencyRepository;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/** Idempotency keys in {@code purchase_idempotency}; the primary key settles races between retries. */
public final class JpaPurchaseIdempotencyRepository implements PurchaseIdempotencyRepository {
    private final JpaTransactions tx;

    public JpaPurchaseIdempotencyRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<StoredPurchase> find(TeamId team, String key, Instant notBefore) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(PurchaseIdempotencyEntity.class,
                        new PurchaseIdempotencyEntity.Key(team.value(), key)))
                .filter(e -> !e.createdAt.isBefore(notBefore))
                .map(e -> new StoredPurchase(team, key, e.fingerprint, new PurchaseReceipt(new PaymentId(e.paymentId),
                        new ResourceId(e.resourceId), new Money(e.amount, Currency.getInstance(e.currency)),
                        e.paymentUrl), e.createdAt)));
    }

    @Override
    public void save(StoredPurchase purchase, Instant replaceBefore) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            em.createQuery("delete from PurchaseIdempotencyEntity e where e.key.teamId = :team"
                            + " and e.key.key = :key and e.createdAt < :before")
                    .setParameter("team", purchase.team().value())
                    .setParameter("key", purchase.key())
                    .setParameter("before", replaceBefore)
                    .executeUpdate();
            PurchaseIdempotencyEntity entity = new PurchaseIdempotencyEntity();
            entity.key = new PurchaseIdempotencyEntity.Key(purchase.team().value(), purchase.key());
            entity.fingerprint = purchase.fingerprint();
            entity.paymentId = purchase.receipt().paymentId().value();
            entity.resourceId = purchase.receipt().resourceId().value();
            entity.amount = purchase.receipt().amount().amount();
            entity.currency = purchase.receipt().amount().currency().getCurrencyCode();
            entity.paymentUrl = purchase.receipt().paymentUrl();
            entity.createdAt = purchase.createdAt();
            em.persist(entity);
            em.flush();
            return null;
        }));
    }
}
