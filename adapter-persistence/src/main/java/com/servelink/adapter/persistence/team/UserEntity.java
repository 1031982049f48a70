package com.servelink.adapter.persistence.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code app_user} ({@code user} is reserved in PostgreSQL). */
@Entity
@Table(name = "app_user")
public class UserEntity {
    @Id
    @Column(name = "id")
    long id;

    @Column(name = "email", nullable = false, length = 254)
    String email;

    @Column(name = "email_normalized", nullable = false, length = 254)
    String emailNormalized;

    @Column(name = "name", nullable = false, length = 400)
    String name;

    @Column(name = "is_support", nullable = false)
    boolean support;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected UserEntity() {
    }
}
