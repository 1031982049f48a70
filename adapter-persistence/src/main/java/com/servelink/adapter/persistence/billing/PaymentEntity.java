package com.servelink.adapter.persistence.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code payment}. */
@Entity
@Table(name = "payment")
public class PaymentEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "team_id", nullable = false, length = 80)
    String teamId;

    @Column(name = "resource_id", nullable = false, length = 80)
    String resourceId;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "provider", nullable = false, length = 40)
    String provider;

    @Column(name = "provider_reference", nullable = false, length = 255)
    String providerReference;

    @Column(name = "checkout_url", length = 2000)
    String checkoutUrl;

    @Column(name = "renewal_of")
    Instant renewalOf;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "completed_at")
    Instant completedAt;

    @Column(name = "failed_at")
    Instant failedAt;

    @Column(name = "reversed_at")
    Instant reversedAt;

    /** The provider's id of the money movement (decision 192); written only by {@code linkProviderPayment}. */
    @Column(name = "provider_payment", length = 255)
    String providerPayment;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected PaymentEntity() {
    }
}
