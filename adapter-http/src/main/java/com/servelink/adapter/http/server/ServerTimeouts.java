package com.servelink.adapter.http.server;

import java.time.Duration;

/**
 * How long the server waits on a client: the request head and each body read ({@code read}),
 * any silence on a connection ({@code idle}), a connection without a request ({@code noRequest}).
 */
public record ServerTimeouts(Duration read, Duration idle, Duration noRequest) {

    int readMillis() {
        return Math.toIntExact(read.toMillis());
    }

    int idleMillis() {
        return Math.toIntExact(idle.toMillis());
    }

    int noRequestMillis() {
        return Math.toIntExact(noRequest.toMillis());
    }
}
