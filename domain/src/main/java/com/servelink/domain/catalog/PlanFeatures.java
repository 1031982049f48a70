package com.servelink.domain.catalog;

import java.util.Optional;

/** The feature switches of a plan; the inactive-project policy is absent on plans never paused. */
public record PlanFeatures(boolean prioritySupport, boolean advancedAnalytics, boolean customDomains,
                           Optional<InactiveProjectPolicy> inactiveProjectPolicy) {
    public PlanFeatures {
        inactiveProjectPolicy = inactiveProjectPolicy == null ? Optional.empty() : inactiveProjectPolicy;
    }
}
