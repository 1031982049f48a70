package com.servelink.adapter.persistence.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code processed_webhook_event}: one per provider event applied. */
@Entity
@Table(name = "processed_webhook_event")
public class ProcessedWebhookEventEntity {

    /** Primary key: provider and the provider's event id. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "provider", length = 40)
        String provider;

        @Column(name = "event_id", length = 255)
        String eventId;

        protected Key() {
        }

        Key(String provider, String eventId) {
            this.provider = provider;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.provider.equals(provider) && other.eventId.equals(eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(provider, eventId);
        }
    }

    @EmbeddedId
    Key key;

    @Column(name = "processed_at", nullable = false)
    Instant processedAt;

    protected ProcessedWebhookEventEntity() {
    }

    ProcessedWebhookEventEntity(String provider, String eventId, Instant processedAt) {
        this.key = new Key(provider, eventId);
        this.processedAt = processedAt;
    }
}
