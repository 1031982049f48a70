package com.servelink.adapter.persistence.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Row of {@code team}. */
@Entity
@Table(name = "team")
public class TeamEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "slug", nullable = false, length = 40)
    String slug;

    @Column(name = "name", nullable = false, length = 400)
    String name;

    @Column(name = "plan", nullable = false, length = 40)
    String plan;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected TeamEntity() {
    }
}
