package com.servelink.adapter.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Row of {@code project}; {@code (team_id, name)} is unique. */
@Entity
@Table(name = "project")
public class ProjectEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "team_id", nullable = false, length = 80)
    String teamId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_traffic_at")
    Instant lastTrafficAt;

    @Column(name = "inactive_since")
    Instant inactiveSince;

    @Column(name = "last_reactivated_at")
    Instant lastReactivatedAt;

    @Column(name = "storage_mb", nullable = false)
    long storageMb;

    @Column(name = "reactivation_count", nullable = false)
    int reactivationCount;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ProjectEntity() {
    }
}
