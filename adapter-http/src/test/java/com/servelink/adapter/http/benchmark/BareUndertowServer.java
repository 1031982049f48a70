package com.servelink.adapter.http.benchmark;

import io.undertow.Undertow;
import io.undertow.util.Headers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP ceiling of the load test: a bare Undertow handler answering fixed JSON from the IO
 * thread, with nothing behind it. Not a test; started by {@code scripts/load-test.sh}.
 */
public final class BareUndertowServer {
    private static final ByteBuffer BODY = ByteBuffer.wrap(("{\"cpu_cores\":6.0,\"memory_mb\":6644,\"traffic_gb\":30,"
            + "\"storage_mb\":20480}").getBytes(StandardCharsets.UTF_8));

    private BareUndertowServer() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8091;
        Undertow.builder().addHttpListener(port, "127.0.0.1").setHandler(exchange -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(BODY.duplicate());
        }).build().start();
    }
}
