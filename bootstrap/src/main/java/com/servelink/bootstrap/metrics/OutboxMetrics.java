package com.servelink.bootstrap.metrics;

import com.servelink.application.port.out.Outbox;
import com.servelink.application.service.notification.DeliveryResult;
import com.servelink.application.service.notification.DispatchOutboxService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outbox's series: {@code servelink_outbox_attempts_total{channel,outcome}}, the delay from
 * an event to each delivered attempt ({@code servelink_outbox_delivery_delay_seconds{channel}},
 * with histogram buckets), and what is waiting ({@code servelink_outbox_pending{kind}}; read from
 * the database at each scrape, two counts on indexed columns).
 */
final class OutboxMetrics implements DispatchOutboxService.Observer {
    private final MeterRegistry registry;
    private final Map<String, Counter> attempts = new ConcurrentHashMap<>();
    private final Map<String, Timer> delays = new ConcurrentHashMap<>();

    OutboxMetrics(MeterRegistry registry, Outbox outbox) {
        this.registry = registry;
        Gauge.builder("servelink_outbox_pending", outbox, box -> box.backlog().pendingEvents())
                .tag("kind", "events").description("events not fanned out yet").register(registry);
        Gauge.builder("servelink_outbox_pending", outbox, box -> box.backlog().pendingDeliveries())
                .tag("kind", "deliveries").description("deliveries not delivered nor given up").register(registry);
    }

    @Override
    public void attempted(String channel, DeliveryResult.Outcome result, Duration sinceEvent) {
        String outcome = result.name().toLowerCase(java.util.Locale.ROOT);
        attempts.computeIfAbsent(channel + "/" + outcome, key -> Counter.builder("servelink_outbox_attempts")
                .tag("channel", channel).tag("outcome", outcome).register(registry)).increment();
        if (result == DeliveryResult.Outcome.DELIVERED) {
            delays.computeIfAbsent(channel, key -> Timer.builder("servelink_outbox_delivery_delay")
                    .tag("channel", channel).publishPercentileHistogram().register(registry)).record(sinceEvent);
        }
    }
}
