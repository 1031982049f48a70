package com.servelink.domain.platform;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;

/** Whether a project is serving, paused for lack of traffic, or disabled for good. */
public enum ProjectStatus {
    /** Serving; the inactive-project policy of the team's plan watches its traffic. */
    ACTIVE,
    /** Paused after too long without traffic; an owner or admin may reactivate it. */
    INACTIVE,
    /** Left inactive too long; final, it cannot be reactivated. */
    DISABLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectStatus fromCode(String code, String field) {
        for (ProjectStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw DomainException.invalidField(field, "must be one of active, inactive, disabled");
    }
}
