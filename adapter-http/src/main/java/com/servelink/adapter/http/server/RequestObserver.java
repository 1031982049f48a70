package com.servelink.adapter.http.server;

import io.undertow.server.ExchangeCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;


/**
 * What happens once a request is answered, whichever thread answered it: one access-log line on
 * {@code servelink.access} (method, route template, status, milliseconds, with the request id in
 * the MDC) and the request's metrics.
 */
final class RequestObserver {
    static final String ACCESS_LOGGER = "servelink.access";
    /** The route value of a path no route has, and of a path whose route lacks the method. */
    static final String NOT_FOUND = "NOT_FOUND";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);

    private final RequestMetrics metrics;

    RequestObserver(RequestMetrics metrics) {
        this.metrics = metrics;
    }

    /** Called when the request arrives; the listener runs when its exchange completes. */
    ExchangeCompletionListener onCompletion(String requestId, String method, String route, long startedNanos) {
        return (exchange, next) -> {
            try {
                completed(requestId, method, route, exchange.getStatusCode(), System.nanoTime() - startedNanos);
            } finally {
                next.proceed();
            }
        };
    }

    private void completed(String requestId, String method, String route, int status, long nanos) {
        metrics.record(method, route, status, nanos);
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        String millis = millis(nanos);
        MDC.put(RequestIds.KEY, requestId);
        try {
            ACCESS.atInfo().addKeyValue("method", method).addKeyValue("route", route)
                    .addKeyValue("status", status).addKeyValue("ms", millis)
                    .log("{} {} {} {} ms", method, route, status, millis);
        } finally {
            MDC.remove(RequestIds.KEY);
        }
    }

    /**
     * Milliseconds with one decimal, rounded half up ("3.4"): integer arithmetic, where
     * {@code String.format("%.1f")} cost 8 % of the limits route's CPU (issue 17).
     */
    static String millis(long nanos) {
        long tenths = (Math.max(0, nanos) + 50_000) / 100_000;
        return (tenths / 10) + "." + (tenths % 10);
    }
}
