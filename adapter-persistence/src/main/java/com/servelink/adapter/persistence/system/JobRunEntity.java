package com.servelink.adapter.persistence.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code job_run}: the last run of one job. */
@Entity
@Table(name = "job_run")
public class JobRunEntity {
    @Id
    @Column(name = "job", length = 80)
    String job;

    @Column(name = "affected", nullable = false)
    int affected;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    Instant finishedAt;

    protected JobRunEntity() {
    }
}
