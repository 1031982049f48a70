package com.servelink.bootstrap.metrics;

import com.servelink.adapter.http.routes.MetricsRoutes;
import com.servelink.adapter.http.server.HttpMetrics;
import com.servelink.adapter.http.server.MetricsServer;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.service.notification.DispatchOutboxService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The process's metrics: one Prometheus registry with the JVM's meters, handed to the adapters
 * (the pool, the HTTP server and its webhooks) and wrapped around the jobs; optionally served on
 * a port of their own. Switched off, nothing is measured and every adapter gets its no-op.
 */
public final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;
    private MetricsServer server;

    private Metrics(PrometheusMeterRegistry registry, JvmGcMetrics gc) {
        this.registry = registry;
        this.gc = gc;
    }

    /** Metrics kept when {@code enabled}; else a {@code Metrics} that keeps none. */
    public static Metrics create(boolean enabled) {
        if (!enabled) {
            return new Metrics(null, null);
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return new Metrics(registry, gc);
    }

    /** Counts the outbox's attempts and watches its backlog; nothing when metrics are off. */
    public DispatchOutboxService.Observer outbox(Outbox outbox) {
        return registry == null ? DispatchOutboxService.Observer.NONE : new OutboxMetrics(registry, outbox);
    }

    /** The registry, for the database pool; empty when metrics are off. */
    public Optional<MeterRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    /** What the HTTP adapter measures and serves on {@code /metrics}. */
    public HttpMetrics http() {
        return registry == null ? HttpMetrics.OFF : HttpMetrics.of(registry, registry::scrape);
    }

    /** The jobs, each run timed and counted (unchanged when metrics are off). */
    public List<JobDefinition> timed(List<JobDefinition> jobs) {
        return registry == null ? jobs : JobMetrics.timed(jobs, registry);
    }

    /** Serves {@code GET /metrics} without a token on {@code port} of {@code host}, when metrics are on. */
    public void serve(String host, int port) {
        if (registry == null) {
            throw new IllegalStateException("metrics are off: nothing to serve");
        }
        server = new MetricsServer(registry::scrape, MetricsRoutes.CONTENT_TYPE);
        server.start(host, port);
    }

    /** The separate metrics port actually bound, when one was asked for. */
    public OptionalInt port() {
        return server == null ? OptionalInt.empty() : OptionalInt.of(server.port());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        if (registry != null) {
            gc.close();
            registry.close();
        }
    }
}
