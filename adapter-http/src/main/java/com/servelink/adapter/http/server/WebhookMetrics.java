package com.servelink.adapter.http.server;

/**
 * What the payment webhooks tell the metrics: each provider event by what it meant and what it
 * did to the payment, and each event refused for its signature.
 */
public interface WebhookMetrics {
    /** Metrics switched off. */
    WebhookMetrics NONE = new WebhookMetrics() {
        @Override
        public void refused(String provider) {
        }

        @Override
        public void applied(String provider, String event, String outcome) {
        }
    };

    /** An event whose signature (or its time) did not verify: nothing was applied. */
    void refused(String provider);

    /**
     * @param event   what the provider reported: {@code completed}, {@code failed}, {@code ignored}
     * @param outcome what it did: {@code applied}, {@code duplicate_event}, {@code already_settled},
     *                {@code unknown_payment}, {@code amount_mismatch} or {@code error}
     */
    void applied(String provider, String event, String outcome);
}
