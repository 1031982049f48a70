package com.servelink.adapter.http.server;

/**
 * Where the server reports each answered request. The route is the matched template (or one
 * fixed value for an unrouted path), never the raw path, so the number of series stays bounded.
 */
@FunctionalInterface
public interface RequestMetrics {
    /** Metrics switched off: nothing is measured. */
    RequestMetrics NONE = (method, route, status, nanos) -> {
    };

    void record(String method, String route, int status, long nanos);
}
