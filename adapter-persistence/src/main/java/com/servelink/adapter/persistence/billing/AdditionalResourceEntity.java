package com.servelink.adapter.persistence.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code additional_resource} (the seed's table name). */
@Entity
@Table(name = "additional_resource")
public class AdditionalResourceEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "team_id", nullable = false, length = 80)
    String teamId;

    @Column(name = "resource_type", nullable = false, length = 16)
    String resourceType;

    @Column(name = "quantity", nullable = false)
    int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    BigDecimal unitPrice;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "payment_id", nullable = false, length = 80)
    String paymentId;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "activated_at")
    Instant activatedAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "auto_renew", nullable = false)
    boolean autoRenew;

    @Column(name = "renewal_reference", length = 255)
    String renewalReference;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected AdditionalResourceEntity() {
    }
}
