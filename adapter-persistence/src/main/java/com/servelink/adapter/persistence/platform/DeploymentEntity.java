package com.servelink.adapter.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Row of {@code deployment}. */
@Entity
@Table(name = "deployment")
public class DeploymentEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "project_id", nullable = false, length = 80)
    String projectId;

    @Column(name = "environment", nullable = false, length = 40)
    String environment;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "size_mb", nullable = false)
    long sizeMb;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "is_current", nullable = false)
    boolean current;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected DeploymentEntity() {
    }
}
