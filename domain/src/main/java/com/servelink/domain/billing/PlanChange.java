package com.servelink.domain.billing;

import com.servelink.domain.catalog.Plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What moving a team to another plan does to its add-ons. A plan that sells none cancels the
 * add-ons still waiting for their payment (nobody could buy them on that plan); paid ones run
 * their thirty days, since the customer paid for them.
 */
public final class PlanChange {
    private PlanChange() {
    }

    /** Whether the move to {@code newPlan} touches the team's unpaid add-ons at all. */
    public static boolean cancelsUnpaidAddOns(Plan newPlan) {
        return !newPlan.sellsAddOns();
    }

    /**
     * Cancels those of {@code addOns} that are unpaid when {@code newPlan} sells no add-on, and
     * returns them (the caller saves exactly those, and says so with {@link AddOnEvent.Cancelled}).
     */
    public static List<AdditionalResource> apply(Plan newPlan, List<AdditionalResource> addOns, Instant now) {
        List<AdditionalResource> cancelled = new ArrayList<>();
        if (!cancelsUnpaidAddOns(newPlan)) {
            return cancelled;
        }
        for (AdditionalResource addOn : addOns) {
            if (addOn.cancelUnpaid(now)) {
                cancelled.add(addOn);
            }
        }
        return cancelled;
    }
}
