package com.servelink.domain.catalog;

/** The plan limits that count things a team has (not what it consumes): its projects and its members. */
public enum CountedLimit {
    PROJECTS("projects"),
    MEMBERS("members");

    private final String code;

    CountedLimit(String code) {
        this.code = code;
    }

    /** The name used in the pricing file and in API answers. */
    public String code() {
        return code;
    }

    /** What {@code limits} allows of this, {@link PlanLimits#UNLIMITED} for no limit. */
    public int allowedBy(PlanLimits limits) {
        return this == PROJECTS ? limits.projects() : limits.members();
    }
}
