package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.HttpMetrics;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /metrics}: the Prometheus text exposition, for the operator's token on the main
 * port (a separate metrics port serves it without a token, see {@code MetricsServer}).
 */
public final class MetricsRoutes {
    /** Prometheus' text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpMetrics metrics;

    public MetricsRoutes(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    public List<Route> routes() {
        return List.of(new Route("GET", "/metrics", Access.OPERATOR, this::metrics));
    }

    private Reply metrics(Call call) {
        String text = metrics.scrape()
                .orElseThrow(() -> HttpError.notFound("metrics are switched off (SERVELINK_METRICS=off)"))
                .get();
        return new Reply(200, CONTENT_TYPE, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
