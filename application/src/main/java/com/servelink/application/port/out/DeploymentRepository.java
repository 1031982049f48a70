package com.servelink.application.port.out;

import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.ProjectId;

import java.util.List;
import java.util.Optional;

/** Stores the deployments the platform reports. */
public interface DeploymentRepository {
    Optional<Deployment> findById(DeploymentId id);

    /** Every deployment of the project, removed ones included, newest first (by creation, then id). */
    List<Deployment> findByProject(ProjectId project);

    /** Inserts or updates; an update from a stale version is a {@code CONFLICT}. */
    void save(Deployment deployment);
}
