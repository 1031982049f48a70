package com.servelink.adapter.persistence.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Row of {@code support_ticket}, with the folded search text and the first-response due time the queries use. */
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

    @Column(name = "search_text", nullable = false, length = 60000)
    String searchText;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected TicketEntity() {
    }
}
