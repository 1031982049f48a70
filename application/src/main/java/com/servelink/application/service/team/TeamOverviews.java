package com.servelink.application.service.team;

import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AddOnPurchasePolicy;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;

import java.util.Optional;

/**
 * Builds a {@link TeamOverview} with the refusal a purchase would meet, asked of the same rules
 * the purchase applies (role first, then plan), so a page and the API never disagree.
 */
final class TeamOverviews {
    private final PricingCatalog catalog;
    private final AddOnPurchasePolicy policy;

    TeamOverviews(PricingCatalog catalog) {
        this.catalog = catalog;
        this.policy = new AddOnPurchasePolicy(catalog);
    }

    TeamOverview of(Team team, Role role) {
        var plan = catalog.requirePlan(team.plan());
        Optional<String> billing = role.managesBilling() ? Optional.empty()
                : Optional.of(TeamAccess.billingRefusal(role).getMessage());
        Optional<String> purchase = billing;
        if (purchase.isEmpty()) {
            try {
                policy.requireSellsAddOns(plan);
            } catch (DomainException e) {
                purchase = Optional.of(e.getMessage());
            }
        }
        return new TeamOverview(team, role, plan, billing, purchase);
    }
}
