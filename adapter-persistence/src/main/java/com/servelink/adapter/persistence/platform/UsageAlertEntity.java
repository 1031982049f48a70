package com.servelink.adapter.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Row of {@code usage_alert}; the unique constraint {@code usage_alert_key_unique} keeps one per
 * team and {@code alert_key} ({@code UsageAlert.Key}; {@code usage_month} is {@code YYYY-MM}).
 * The suggestion's columns are all set or all null, and so are the cliff's (set exactly for
 * level {@code cliff}). Alerts are never changed.
 */
@Entity
@Table(name = "usage_alert")
public class UsageAlertEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "team_id", nullable = false, length = 80)
    String teamId;

    @Column(name = "metric", nullable = false, length = 32)
    String metric;

    @Column(name = "level", nullable = false, length = 16)
    String level;

    @Column(name = "usage_month", nullable = false, length = 7)
    String usageMonth;

    @Column(name = "used", nullable = false, precision = 30, scale = 6)
    BigDecimal used;

    @Column(name = "usage_limit", nullable = false, precision = 30, scale = 6)
    BigDecimal usageLimit;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "alert_key", nullable = false, length = 200)
    String alertKey;

    @Column(name = "reaches_limit_on")
    LocalDate reachesLimitOn;

    @Column(name = "suggested_type", length = 16)
    String suggestedType;

    @Column(name = "suggested_quantity")
    Integer suggestedQuantity;

    @Column(name = "suggested_unit_price", precision = 12, scale = 2)
    BigDecimal suggestedUnitPrice;

    @Column(name = "suggested_price", precision = 12, scale = 2)
    BigDecimal suggestedPrice;

    @Column(name = "suggested_currency", length = 3)
    String suggestedCurrency;

    @Column(name = "suggested_covers")
    Boolean suggestedCovers;

    @Column(name = "resource_id", length = 80)
    String resourceId;

    @Column(name = "resource_expires_at")
    Instant resourceExpiresAt;

    @Column(name = "within_days")
    Integer withinDays;

    protected UsageAlertEntity() {
    }
}
