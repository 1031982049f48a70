package com.servelink.adapter.persistence.billing;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.ProcessedEventRepository;

import java.time.Instant;

/**
 * Processed provider events in table {@code processed_webhook_event}. The primary key makes a
 * concurrent second delivery fail at insert: its transaction rolls back as a conflict and the
 * retry then sees the event as already processed.
 */
public final class JpaProcessedEventRepository implements ProcessedEventRepository {
    private final JpaTransactions tx;

    public JpaProcessedEventRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean markProcessed(String provider, String eventId, Instant now) {
        return tx.inTransaction(() -> tx.withEntityManager(em -> {
            var key = new ProcessedWebhookEventEntity.Key(provider, eventId);
            if (em.find(ProcessedWebhookEventEntity.class, key) != null) {
                return false;
            }
            em.persist(new ProcessedWebhookEventEntity(provider, eventId, now));
            em.flush();
            return true;
        }));
    }
}
