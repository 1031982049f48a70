package com.servelink.domain.platform;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/**
 * Where a deployment is in its life. The platform reports {@code running}, {@code finished} and
 * {@code failed}; only this system's clean-up sets {@code removed}, which is final.
 */
public enum DeploymentStatus {
    RUNNING, FINISHED, FAILED, REMOVED;

    /** The statuses the platform may report. */
    public static final Set<DeploymentStatus> REPORTABLE = Set.of(RUNNING, FINISHED, FAILED);

    /** Whether a deployment in this status may move to {@code next} (staying put is always allowed). */
    public boolean canBecome(DeploymentStatus next) {
        return switch (this) {
            case RUNNING -> next != REMOVED;
            case FINISHED, FAILED -> next == this || next == REMOVED;
            case REMOVED -> next == REMOVED;
        };
    }

    /** Finished or failed: done, and removable once it is no longer needed. */
    public boolean isSettled() {
        return this == FINISHED || this == FAILED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeploymentStatus fromCode(String code, String field) {
        for (DeploymentStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw DomainException.invalidField(field, "must be one of running, finished, failed, removed");
    }

    /** A status the platform may report: running, finished or failed. */
    public static DeploymentStatus reportedFromCode(String code, String field) {
        for (DeploymentStatus status : REPORTABLE) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw DomainException.invalidField(field, "must be one of running, finished, failed");
    }
}
