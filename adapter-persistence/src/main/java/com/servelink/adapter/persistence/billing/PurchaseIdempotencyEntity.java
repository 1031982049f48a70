package com.servelink.adapter.persistence.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code purchase_idempotency}. */
@Entity
@Table(name = "purchase_idempotency")
public class PurchaseIdempotencyEntity {

    /** Primary key: team and idempotency key. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "team_id", length = 80)
        String teamId;

        @Column(name = "idem_key", length = 255)
        String key;

        protected Key() {
        }

        Key(String teamId, String key) {
            this.teamId = teamId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.teamId.equals(teamId) && other.key.equals(key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, key);
        }
    }

    @EmbeddedId
    Key key;

    @Column(name = "fingerprint", nullable = false, length = 200)
    String fingerprint;

    @Column(name = "payment_id", nullable = false, length = 80)
    String paymentId;

    @Column(name = "resource_id", nullable = false, length = 80)
    String resourceId;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "payment_url", nullable = false, length = 2000)
    String paymentUrl;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected PurchaseIdempotencyEntity() {
    }
}
