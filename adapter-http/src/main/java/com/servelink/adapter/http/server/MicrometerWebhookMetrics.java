package com.servelink.adapter.http.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The webhooks' counters: {@code servelink.payments} by provider, event and outcome, and
 * {@code servelink.webhook.verifications.refused} by provider. Every tag value comes from a
 * closed set (providers are the configured ones), so the series stay few.
 */
final class MicrometerWebhookMetrics implements WebhookMetrics {
    static final String PAYMENTS = "servelink.payments";
    static final String REFUSED = "servelink.webhook.verifications.refused";

    private final MeterRegistry registry;

    MicrometerWebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void refused(String provider) {
        Counter.builder(REFUSED).description("Payment webhooks refused because their signature did not verify")
                .tag("provider", provider).register(registry).increment();
    }

    @Override
    public void applied(String provider, String event, String outcome) {
        Counter.builder(PAYMENTS).description("Payment events from the provider, by what they did")
                .tags("provider", provider, "event", event, "outcome", outcome).register(registry).increment();
    }
}
