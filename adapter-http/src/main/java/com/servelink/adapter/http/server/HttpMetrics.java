package com.servelink.adapter.http.server;

import io.micrometer.core.instrument.MeterRegistry;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the HTTP adapter measures and exposes: requests, payment webhooks, and the registry's
 * text exposition served by {@code GET /metrics}. {@link #OFF} measures nothing and
 * {@code /metrics} answers 404.
 *
 * @param requests where each answered request is recorded
 * @param webhooks where each payment event and each refused signature is counted
 * @param scrape   the Prometheus exposition of every meter, when metrics are on
 */
public record HttpMetrics(RequestMetrics requests, WebhookMetrics webhooks, Optional<Supplier<String>> scrape) {
    public static final HttpMetrics OFF = new HttpMetrics(RequestMetrics.NONE, WebhookMetrics.NONE, Optional.empty());

    public HttpMetrics {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(scrape, "scrape");
    }

    /** Metrics on {@code registry}; {@code scrape} renders them for Prometheus. */
    public static HttpMetrics of(MeterRegistry registry, Supplier<String> scrape) {
        return new HttpMetrics(new MicrometerRequestMetrics(registry), new MicrometerWebhookMetrics(registry),
                Optional.of(scrape));
    }
}
