package com.servelink.adapter.http.server;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The metrics on a port of their own, without a token: for a scraper on a private network
 * that must not hold the operator's token. It answers {@code GET /metrics} and 404 to anything
 * else; the port is meant to be reachable only from inside.
 */
public final class MetricsServer {
    private final Supplier<String> scrape;
    private final String contentType;
    private Undertow undertow;

    /** @param contentType the exposition's media type */
    public MetricsServer(Supplier<String> scrape, String contentType) {
        this.scrape = Objects.requireNonNull(scrape, "scrape");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
    }

    public synchronized void start(String host, int port) {
        undertow = Undertow.builder()
                .addHttpListener(port, host)
                .setIoThreads(1)
                .setWorkerThreads(1)
                .setHandler(exchange -> exchange.dispatch(this::answer)) // rendering: not on the IO thread
                .build();
        undertow.start();
    }

    private void answer(HttpServerExchange exchange) {
        boolean metrics = exchange.getRequestMethod().equalToString("GET")
                && exchange.getRelativePath().equals("/metrics");
        exchange.setStatusCode(metrics ? 200 : 404);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, metrics ? contentType : "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(metrics ? scrape.get() : "only GET /metrics is served here\n",
                StandardCharsets.UTF_8);
    }

    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    public synchronized void stop() {
        if (undertow != null) {
            undertow.stop();
            undertow = null;
        }
    }
}
