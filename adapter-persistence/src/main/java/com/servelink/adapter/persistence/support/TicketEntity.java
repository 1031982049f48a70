package com.servelink.adapter.persistence.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Row of {@code support_ticket}, with the folded search text, the first-response due time and the
 * SLA clock (its due instants are columns so the queue orders by them and check_sla finds them by index).
 */
@Entity
@Table(name = "support_ticket")
public class TicketEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "team_id", nullable = false, length = 80)
    String teamId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "subject", nullable = false, length = 1000)
    String subject;

    @Column(name = "description", nullable = false, length = 50000)
    String description;

    @Column(name = "priority", nullable = false, length = 16)
    String priority;

    @Column(name = "priority_rank", nullable = false)
    short priorityRank;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "category", nullable = false, length = 32)
    String category;

    @Column(name = "assigned_to", length = 254)
    String assignedTo;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "first_responded_at")
    Instant firstRespondedAt;

    @Column(name = "first_response_due_at", nullable = false)
    Instant firstResponseDueAt;

    @Column(name = "sla_response_target", length = 16)
    String slaResponseTarget;

    @Column(name = "sla_response_started_at")
    Instant slaResponseStartedAt;

    @Column(name = "sla_response_consumed_us", nullable = false)
    long slaResponseConsumedMicros;

    @Column(name = "sla_resolution_consumed_us", nullable = false)
    long slaResolutionConsumedMicros;

    @Column(name = "sla_running_since")
    Instant slaRunningSince;

    @Column(name = "next_response_due_at")
    Instant nextResponseDueAt;

    @Column(name = "next_response_warn_at")
    Instant nextResponseWarnAt;

    @Column(name = "resolution_due_at")
    Instant resolutionDueAt;

    @Column(name = "resolution_warn_at")
    Instant resolutionWarnAt;

    @Column(name = "sla_due_at")
    Instant slaDueAt;

    @Column(name = "sla_next_check_at")
    Instant slaNextCheckAt;

    @Column(name = "sla_breached", nullable = false, length = 64)
    String slaBreached;

    @Column(name = "sla_warned", nullable = false, length = 64)
    String slaWarned;

    @Column(name = "sla_breach_raised", nullable = false, length = 64)
    String slaBreachRaised;

    @Column(name = "search_text", nullable = false, length = 60000)
    String searchText;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected TicketEntity() {
    }
}
