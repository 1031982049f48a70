package com.servelink.bootstrap.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.bootstrap.e2e.RunningServer;
import com.servelink.domain.team.TeamId;
import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A burst of events (10,000 by default, {@code -Devents=N}) appended to the outbox at once, on
 * PostgreSQL, delivered by the real dispatcher to one webhook endpoint on a local receiver that
 * answers 200 at once: throughput from the first append to the last arrival, and the delay of
 * each event from its append to its arrival (median, p99, max). Run by {@code scripts/outbox-burst.sh}.
 */
public final class OutboxBurstBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxBurstBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("events", 10_000);
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        receiver.setExecutor(Executors.newFixedThreadPool(16));
        receiver.createContext("/hook", exchange -> {
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (arrivals.putIfAbsent(body.path("id").asText(), System.currentTimeMillis()) != null) {
                duplicates.incrementAndGet();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVELINK_WEBHOOKS_ALLOW_PRIVATE", "true");
        env.put("SERVELINK_WEBHOOKS_ALLOW_HTTP", "true");
        env.put("SERVELINK_METRICS", "off");
        try (RunningServer server = RunningServer.postgres(env)) {
            var created = server.post("/api/teams/my-team/webhooks", server.tokens().owner(),
                    "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                            + "/hook\",\"events\":[\"ticket.created\"],\"description\":\"burst\"}");
            if (created.status() != 201) {
                throw new IllegalStateException("endpoint not created: " + created);
            }
            TeamId team = new TeamId(teamId(server));
            Outbox outbox = server.servelink().database().outbox();
            var tx = server.servelink().database().transactions();
            Map<String, Long> appended = new ConcurrentHashMap<>();
            long start = System.currentTimeMillis();
            for (int batch = 0; batch < events; batch += 100) {
                int first = batch;
                tx.run(() -> {
                    for (int i = first; i < Math.min(first + 100, events); i++) {
                        String id = OutboxEvent.ID_PREFIX + "burst" + i;
                        outbox.append(new OutboxEvent(id, "ticket.created", Instant.now(), Optional.of(team),
                                Map.of("team_id", team.value(), "team_slug", "my-team", "ticket_id", "ticket_b" + i,
                                        "subject", "Burst " + i, "priority", "normal", "status", "open")));
                        appended.put(id, System.currentTimeMillis());
                    }
                });
            }
            long appendedAll = System.currentTimeMillis();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (arrivals.size() < events && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long end = Collections.max(arrivals.values());
            List<Long> delays = new ArrayList<>();
            arrivals.forEach((id, at) -> delays.add(at - appended.get(id)));
            Collections.sort(delays);
            System.out.printf("events %d, delivered %d, duplicates %d%n", events, arrivals.size(), duplicates.get());
            System.out.printf("appending took %d ms; first append to last arrival %d ms: %.0f events/s%n",
                    appendedAll - start, end - start, events * 1000.0 / (end - start));
            System.out.printf("delay append -> arrival: median %d ms, p99 %d ms, max %d ms%n",
                    delays.get(delays.size() / 2), delays.get((int) (delays.size() * 0.99)), delays.get(delays.size() - 1));
        } finally {
            receiver.stop(0);
            System.exit(0);
        }
    }

    private static String teamId(RunningServer server) throws Exception {
        try (Connection c = server.servelink().database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet row = s.executeQuery("select id from team where slug = 'my-team'")) {
            row.next();
            return row.getString(1);
        }
    }
}
