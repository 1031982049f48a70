package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node is killed (SIGKILL) while it delivers an event: the receiver holds the request open,
 * so the delivery is in flight, neither acknowledged nor failed. After a restart the event is
 * delivered again, with the same event id, once the dead node's lease has run out: nothing lost.
 */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: the crash test needs PostgreSQL")
class OutboxCrashIT {
    private static final Pattern TOKEN = Pattern.compile("(owner|member)\\s+\\1@example.com\\s+(slk_[0-9a-f]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    private final String base = System.getenv(RunningServer.PG_URL_VARIABLE);
    private final String schema = "outbox_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final HttpClient client = HttpClient.newHttpClient();
    private Process server;
    private HttpServer receiver;

    private record Received(String eventId, String type, String signature) {
    }

    private List<String> start(int port) throws IOException {
        JarNode node = JarNode.start(workDir, Map.of(
                "SERVELINK_HTTP_PORT", Integer.toString(port),
                "SERVELINK_DB_URL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public",
                "SERVELINK_DEMO_DATA", "true",
                "SERVELINK_SCHEDULER", "off",
                "SERVELINK_PAYMENT_PROVIDER", "sandbox",
                "SERVELINK_ADMIN_TOKEN", RunningServer.ADMIN_TOKEN,
                "SERVELINK_WEBHOOKS_ALLOW_PRIVATE", "true",
                "SERVELINK_WEBHOOKS_ALLOW_HTTP", "true",
                "SERVELINK_OUTBOX_LEASE", "PT15S",
                "SERVELINK_OUTBOX_POLL_INTERVAL", "PT0.2S"));
        server = node.process();
        return node.lines();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null && server.isAlive()) {
            server.toHandle().destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        if (receiver != null) {
            receiver.stop(0);
        }
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void an_event_in_flight_when_its_node_is_killed_is_delivered_after_the_restart() throws Exception {
        execute("create schema " + schema);
        List<Received> received = new CopyOnWriteArrayList<>();
        CountDownLatch firstArrived = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(new Received(body.path("id").asText(), body.path("type").asText(),
                    exchange.getRequestHeaders().getFirst("Servelink-Signature")));
            if (received.size() == 1) {
                firstArrived.countDown();
                try {
                    releaseFirst.await(60, TimeUnit.SECONDS); // in flight until the node is dead
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();

        int port = ProcessLines.freePort();
        Matcher tokens = TOKEN.matcher(String.join("\n", start(port)));
        String owner = null;
        String member = null;
        while (tokens.find()) {
            if (tokens.group(1).equals("owner")) {
                owner = tokens.group(2);
            } else {
                member = tokens.group(2);
            }
        }
        assertThat(owner).isNotNull();
        assertThat(member).isNotNull();
        HttpResponse<String> endpoint = post(port, "/api/teams/my-team/webhooks", owner, "{\"url\":\"http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook\",\"events\":[\"ticket.created\"],\"description\":\"crash\"}");
        assertThat(endpoint.statusCode()).as(endpoint.body()).isEqualTo(201);
        HttpResponse<String> ticket = post(port, "/api/support/my-team/tickets", member,
                "{\"subject\":\"Crash\",\"description\":\"in flight\"}");
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);

        assertThat(firstArrived.await(30, TimeUnit.SECONDS)).as("the first delivery reached the receiver").isTrue();
        server.toHandle().destroyForcibly(); // SIGKILL mid-delivery: no answer was read, nothing marked
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        releaseFirst.countDown();
        assertThat(scalar("select state from outbox_delivery where channel = 'webhook'")).isEqualTo("pending");
        assertThat(scalar("select attempts from outbox_delivery where channel = 'webhook'")).isEqualTo("1");
        assertThat(scalar("select count(*) from outbox_delivery where lease_until is not null")).isEqualTo("1");

        start(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"delivered".equals(scalar("select state from outbox_delivery where channel = 'webhook'"))) {
            assertThat(System.nanoTime()).as("redelivered after the lease (15 s)").isLessThan(deadline);
            pause(200);
        }

        assertThat(received).hasSize(2);
        assertThat(received.get(1).eventId()).isEqualTo(received.get(0).eventId()).startsWith("evt_");
        assertThat(received.get(1).type()).isEqualTo("ticket.created");
        assertThat(received.get(1).signature()).startsWith("t=").contains(",v1=");
        assertThat(scalar("select attempts from outbox_delivery where channel = 'webhook'")).isEqualTo("2");
    }

    private HttpResponse<String> post(int port, String path, String token, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(base)) {
            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
            }
            try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
