package com.servelink.adapter.http.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Requests as a Micrometer timer {@code http.server.requests} by method, route template and
 * status, with a latency histogram (1 ms to 10 s). Timers are kept by their tags, so a request
 * costs a map look-up rather than building and registering a meter id.
 */
public final class MicrometerRequestMetrics implements RequestMetrics {
    public static final String NAME = "http.server.requests";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private record Key(String method, String route, int status) {
    }

    private final MeterRegistry registry;
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

    public MicrometerRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(String method, String route, int status, long nanos) {
        // any other method is the client's invention: one value, or it would grow the series
        Key key = new Key(METHODS.contains(method) ? method : "OTHER", route, status);
        timers.computeIfAbsent(key, this::timer).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Key key) {
        return Timer.builder(NAME)
                .description("HTTP requests answered, by route template")
                .tags("method", key.method(), "route", key.route(), "status", Integer.toString(key.status()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }
}
