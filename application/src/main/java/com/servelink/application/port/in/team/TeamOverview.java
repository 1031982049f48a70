package com.servelink.application.port.in.team;

import com.servelink.domain.catalog.Plan;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;

import java.util.Objects;
import java.util.Optional;

/**
 * A team as one of its members sees it. {@code billingRefusal} is the refusal this member meets
 * when cancelling an add-on (role), {@code purchaseRefusal} the very refusal a purchase would
 * meet now (role, then plan); each is empty when the member may do it.
 */
public record TeamOverview(Team team, Role role, Plan plan, Optional<String> billingRefusal,
                           Optional<String> purchaseRefusal) {
    public TeamOverview {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(billingRefusal, "billingRefusal");
        Objects.requireNonNull(purchaseRefusal, "purchaseRefusal");
    }

    public boolean mayManageBilling() {
        return billingRefusal.isEmpty();
    }

    public boolean mayPurchase() {
        return purchaseRefusal.isEmpty();
    }

    /** Whether the team's tickets get priority support (the "Pro" badge). */
    public boolean prioritySupport() {
        return plan.hasPrioritySupport();
    }
}
