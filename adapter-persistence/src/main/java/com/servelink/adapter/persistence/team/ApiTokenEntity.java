package com.servelink.adapter.persistence.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Row of {@code api_token}: the SHA-256 of a bearer token, never the token. Mapped so that
 * Hibernate validates the table; {@link JpaApiTokenRepository} reads and writes it in plain SQL.
 */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {
    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Column(name = "id", nullable = false, length = 80, unique = true)
    String id;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "label", length = 100)
    String label;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    protected ApiTokenEntity() {
    }
}
