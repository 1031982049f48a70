package com.servelink.adapter.persistence.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code support_message}; {@code seq} (set by the database) orders messages of the same instant. */
@Entity
@Table(name = "support_message")
public class MessageEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    @Column(name = "ticket_id", nullable = false, length = 80)
    String ticketId;

    @Column(name = "user_id")
    Long userId;

    @Column(name = "author_type", nullable = false, length = 16)
    String authorType;

    @Column(name = "message", nullable = false, length = 50000)
    String message;

    @Column(name = "is_internal", nullable = false)
    boolean internal;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "search_text", nullable = false, length = 50000)
    String searchText;

    protected MessageEntity() {
    }
}
