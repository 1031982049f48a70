package com.servelink.domain.platform;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One deployment of a project to an environment, as the platform reports it. At most one per
 * project and environment is current (serving); the clean-up job removes old ones but always
 * keeps the current one and a rollback target.
 */
public final class Deployment {
    private final DeploymentId id;
    private final ProjectId projectId;
    private final Environment environment;
    private final Instant createdAt;
    private final long version;
    private DeploymentStatus status;
    private boolean current;
    private long sizeMb;

    private Deployment(DeploymentId id, ProjectId projectId, Environment environment, DeploymentStatus status,
                       Instant createdAt, boolean current, long sizeMb, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (sizeMb < 0) {
            throw new IllegalArgumentException("size cannot be negative");
        }
        if (current && status == DeploymentStatus.REMOVED) {
            throw new IllegalArgumentException("a removed deployment cannot be current");
        }
        this.current = current;
        this.sizeMb = sizeMb;
        this.version = version;
    }

    /** A deployment the platform reports for the first time. */
    public static Deployment create(DeploymentId id, ProjectId projectId, Environment environment,
                                    DeploymentStatus status, boolean current, long sizeMb, Instant now) {
        requireReportable(status);
        return new Deployment(id, projectId, environment, status, now, current, sizeMb, 0);
    }

    /** For the persistence mapper only: rebuilds a stored deployment as it was. */
    public static Deployment reconstitute(DeploymentId id, ProjectId projectId, Environment environment,
                                          DeploymentStatus status, Instant createdAt, boolean current, long sizeMb,
                                          long version) {
        return new Deployment(id, projectId, environment, status, createdAt, current, sizeMb, version);
    }

    /**
     * The platform reports news of this deployment. Statuses only move forward ({@code running} →
     * {@code finished} | {@code failed}); a removed deployment is gone. Returns whether anything changed.
     */
    public boolean report(DeploymentStatus newStatus, boolean nowCurrent, OptionalLong newSizeMb) {
        requireReportable(newStatus);
        if (status == DeploymentStatus.REMOVED) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION, "deployment " + id + " was removed");
        }
        if (!status.canBecome(newStatus)) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION, "deployment " + id + " is " + status.code()
                    + " and cannot become " + newStatus.code());
        }
        long size = newSizeMb.orElse(sizeMb);
        if (size < 0) {
            throw DomainException.invalidField("sizeMb", "must be 0 or more");
        }
        boolean changed = status != newStatus || current != nowCurrent || size != sizeMb;
        status = newStatus;
        current = nowCurrent;
        sizeMb = size;
        return changed;
    }

    /** Another deployment of the same environment became current. Returns whether this one was. */
    public boolean retire() {
        boolean was = current;
        current = false;
        return was;
    }

    /** The clean-up removes a settled, non-current deployment. Returns false when already removed. */
    public boolean remove() {
        if (status == DeploymentStatus.REMOVED) {
            return false;
        }
        if (current || !status.isSettled()) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION, "deployment " + id + " is "
                    + (current ? "current" : status.code()) + " and cannot be removed");
        }
        status = DeploymentStatus.REMOVED;
        return true;
    }

    private static void requireReportable(DeploymentStatus status) {
        if (!DeploymentStatus.REPORTABLE.contains(status)) {
            throw DomainException.invalidField("status", "must be one of running, finished, failed");
        }
    }

    public DeploymentId id() {
        return id;
    }

    public ProjectId projectId() {
        return projectId;
    }

    public Environment environment() {
        return environment;
    }

    public DeploymentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isCurrent() {
        return current;
    }

    public long sizeMb() {
        return sizeMb;
    }

    /** The optimistic-locking version the deployment was loaded with. */
    public long version() {
        return version;
    }
}
