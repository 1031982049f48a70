package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The staff ticket page's side panel: the ticket's team's billing now, formatted (the figures of
 * the billing snapshot use case, nothing computed here). {@code percent} of a limit line is the
 * formatted percentage and {@code meter} its value for the bar (capped at 100); both null when
 * the metric is unlimited.
 */
public record BillingPanel(String teamName, String teamSlug, String plan, String planCode, String month,
                           List<AddOn> addOns, List<LimitLine> limits, List<Alert> alerts, List<Payment> payments) {
    public BillingPanel {
        addOns = List.copyOf(addOns);
        limits = List.copyOf(limits);
        alerts = List.copyOf(alerts);
        payments = List.copyOf(payments);
    }

    public record AddOn(String id, String type, String typeCode, int quantity, String expires, String expiresIso) {
    }

    public record LimitLine(String code, String label, String used, String limit, String unit, String percent,
                            String meter, boolean over) {
    }

    public record Alert(String id, String levelCode, String level, String metric, String created, String createdIso) {
    }

    /** {@code givenBack}: what the team has had back of it, formatted; null when nothing. */
    public record Payment(String id, String amount, String statusCode, String status, String created,
                          String createdIso, String givenBack) {
    }
}
