package com.servelink.adapter.http.web.view;

import java.util.List;

/** The add-ons page: offers with their prices, the team's resources, its limits and the purchase form. */
public record AddOnsView(Chrome chrome, TeamHeader team, List<Offer> offers, String purchaseRefusal,
                         List<Resource> resources, List<Limit> limits, FormState form, String notice,
                         String idempotencyKey) {
    public AddOnsView {
        offers = List.copyOf(offers);
        resources = List.copyOf(resources);
        limits = List.copyOf(limits);
    }

    /** One add-on on sale: {@code price} per {@code unit}, already formatted. */
    public record Offer(String type, String name, String unit, String price, String description) {
    }

    /**
     * One of the team's resources; {@code cancelHref} is null when the reader may not cancel it,
     * {@code autoRenewAction} null when the reader may not switch its auto-renewal (or it no longer runs).
     */
    public record Resource(String id, String name, int quantity, String total, String status, String statusCode,
                           String expires, String expiresIso, String cancelHref, boolean autoRenew,
                           String autoRenewAction) {
    }

    /** One limit: the plan's part, the add-ons' part and what the team may use. */
    public record Limit(String label, String plan, String addOns, String total) {
    }
}
