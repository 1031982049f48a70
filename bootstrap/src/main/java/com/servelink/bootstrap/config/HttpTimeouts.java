package com.servelink.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the HTTP server waits on a client before closing its connection, so that slow or
 * silent clients (slowloris) cannot hold connections for ever.
 *
 * @param read      the whole request head must arrive within it, and a body read waits at most
 *                  this long for the next bytes ({@code SERVELINK_HTTP_READ_TIMEOUT})
 * @param idle      a connection with no byte read or written for this long is closed, even
 *                  within a request ({@code SERVELINK_HTTP_IDLE_TIMEOUT}); above the slowest
 *                  request the server computes
 * @param noRequest a connection open without a request (new or kept alive) is closed after it
 *                  ({@code SERVELINK_HTTP_NO_REQUEST_TIMEOUT})
 */
public record HttpTimeouts(Duration read, Duration idle, Duration noRequest) {
    public static final HttpTimeouts DEFAULTS = new HttpTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(120),
            Duration.ofSeconds(60));

    public HttpTimeouts {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(noRequest, "noRequest");
        for (Duration timeout : new Duration[]{read, idle, noRequest}) {
            if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a timeout is positive and under 24 days: " + timeout);
            }
        }
    }
}
