package com.servelink.domain.billing;

import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;

/**
 * Who may buy which add-on at which price: only teams whose plan sells it, at that plan's
 * price. The refusal names the plan to move to, so the customer knows what to do.
 */
public final class AddOnPurchasePolicy {
    private final PricingCatalog catalog;

    public AddOnPurchasePolicy(PricingCatalog catalog) {
        this.catalog = catalog;
    }

    /** The unit price the team pays for {@code type}, or a {@link ErrorCode#PLAN_REQUIRED} refusal. */
    public Money unitPriceFor(Plan teamPlan, ResourceType type) {
        return teamPlan.addOnPrice(type).orElseThrow(() -> planRequired(teamPlan));
    }

    /** Refuses a team whose plan sells no add-on at all, with the same refusal as a purchase. */
    public void requireSellsAddOns(Plan teamPlan) {
        if (!teamPlan.sellsAddOns()) {
            throw planRequired(teamPlan);
        }
    }

    private DomainException planRequired(Plan teamPlan) {
        String required = catalog.cheapestPlanSellingAddOns().map(p -> p.id().value()).orElse("another");
        return new DomainException(ErrorCode.PLAN_REQUIRED, "add-ons require the " + required
                + " plan; this team is on the " + teamPlan.id() + " plan");
    }
}
