package com.servelink.adapter.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Row of {@code usage_alert}; the unique constraint {@code usage_alert_once} keeps one per team,
 * metric, level and month ({@code usage_month} is {@code YYYY-MM}). Alerts are never changed.
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

    protected UsageAlertEntity() {
    }
}
