package com.servelink.application.service.admin;

import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.FieldChecks;

import java.util.stream.Collectors;

/** Reads a plan key from a request: it must name a plan of the catalog. */
final class PlanRules {
    private PlanRules() {
    }

    static PlanId parsePlan(PricingCatalog catalog, String plan, FieldChecks checks) {
        String known = catalog.plans().stream().map(p -> p.id().value()).collect(Collectors.joining(", "));
        if (plan == null || !plan.matches("[a-z][a-z0-9_-]{0,39}")
                || catalog.plan(new PlanId(plan)).isEmpty()) {
            checks.require(false, "plan", "must be one of " + known);
            return null;
        }
        return new PlanId(plan);
    }
}
