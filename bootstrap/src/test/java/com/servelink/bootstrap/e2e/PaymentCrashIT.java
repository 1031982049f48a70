package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server process is killed (SIGKILL, not stopped) while it applies a provider's webhook,
 * before it could acknowledge it. After a restart the provider redelivers the same event: the
 * add-on is activated exactly once, and the event recorded once.
 *
 * <p>To kill it at exactly that point, the test holds a lock on the payment's row, so the
 * server's transaction stops inside its update, with the event id already inserted but nothing
 * committed.
 */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: the crash test needs PostgreSQL")
class PaymentCrashIT {
    private static final String SECRET = "whsec_crash_test_secret";
    private static final Pattern OWNER = Pattern.compile("owner\\s+owner@example.com\\s+(slk_[0-9a-f]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    private final String base = System.getenv(RunningServer.PG_URL_VARIABLE);
    private final String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final HttpClient client = HttpClient.newHttpClient();
    private Process server;

    private JarNode start(int port) throws IOException {
        JarNode node = JarNode.start(workDir, Map.of(
                "SERVELINK_HTTP_PORT", Integer.toString(port),
                "SERVELINK_DB_URL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public",
                "SERVELINK_DEMO_DATA", "true",
                "SERVELINK_SCHEDULER", "off",
                "SERVELINK_PAYMENT_PROVIDER", "sandbox", // required on PostgreSQL
                "SERVELINK_ADMIN_TOKEN", RunningServer.ADMIN_TOKEN,
                "SERVELINK_PAYMENT_WEBHOOK_SECRET", SECRET));
        server = node.process();
        return node;
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null && server.isAlive()) {
            server.toHandle().destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void a_webhook_interrupted_by_a_crash_is_applied_exactly_once_after_redelivery() throws Exception {
        execute("create schema " + schema);
        int port = ProcessLines.freePort();
        JarNode first = start(port);
        Matcher owner = OWNER.matcher(String.join("\n", first.lines()));
        assertThat(owner.find()).isTrue();
        String token = owner.group(1);

        HttpResponse<String> purchase = client.send(HttpRequest.newBuilder(url(port, "/api/resources/my-team/purchase"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resource_type\":\"cpu\",\"quantity\":2}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(purchase.statusCode()).isEqualTo(201);
        String paymentId = JSON.readTree(purchase.body()).path("payment_id").asText();
        String resourceId = JSON.readTree(purchase.body()).path("resource_id").asText();
        String event = "{\"id\":\"evt_crash_" + UUID.randomUUID().toString().replace("-", "")
                + "\",\"type\":\"payment.completed\",\"data\":{\"payment_id\":\"" + paymentId
                + "\",\"amount\":4.00,\"currency\":\"EUR\"}}";

        CompletableFuture<HttpResponse<String>> delivery;
        try (Connection blocker = DriverManager.getConnection(base)) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("set search_path to " + schema);
                s.executeQuery("select id from payment where id = '" + paymentId + "' for update").close();
            }
            delivery = client.sendAsync(webhook(port, event), HttpResponse.BodyHandlers.ofString());
            waitForALockWait();
            first.process().toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no acknowledgement
            assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            blocker.rollback();
        }
        assertThat(delivery.handle((response, failure) -> failure).get(30, TimeUnit.SECONDS))
                .as("the provider got no acknowledgement").isNotNull();
        assertThat(scalar("select status from payment where id = ?", paymentId)).isEqualTo("pending");
        assertThat(scalar("select status from additional_resource where id = ?", resourceId)).isEqualTo("pending");
        assertThat(scalar("select count(*) from processed_webhook_event where event_id like ?", "evt_crash_%"))
                .isEqualTo("0");

        start(port);
        HttpResponse<String> redelivered = client.send(webhook(port, event), HttpResponse.BodyHandlers.ofString());
        assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(200);
        assertThat(JSON.readTree(redelivered.body()).path("outcome").asText()).isEqualTo("applied");
        HttpResponse<String> again = client.send(webhook(port, event), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(again.body()).path("outcome").asText()).isEqualTo("duplicate_event");

        assertThat(scalar("select status from payment where id = ?", paymentId)).isEqualTo("completed");
        assertThat(scalar("select status from additional_resource where id = ?", resourceId)).isEqualTo("active");
        assertThat(scalar("select count(*) from processed_webhook_event where event_id like ?", "evt_crash_%"))
                .isEqualTo("1");
        HttpResponse<String> limits = client.send(HttpRequest.newBuilder(url(port, "/api/resources/my-team/limits"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(limits.body());
        assertThat(body.path("additional_resources").path("cpu_cores").decimalValue()).isEqualByComparingTo("2.0");
    }

    private HttpRequest webhook(int port, String event) {
        long t = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(url(port, "/api/payments/webhooks/sandbox"))
                .header("Content-Type", "application/json").header("X-Servelink-Signature", "t=" + t + ",v1="
                        + hmac(t + "." + event)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(event)).build();
    }

    private static String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until the server's transaction waits on the row the test locked. */
    private void waitForALockWait() throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"1".equals(scalar("select least(count(*), 1) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like ?", "%payment%"))) {
            assertThat(System.nanoTime()).as("the webhook never reached the locked row").isLessThan(deadline);
            pause(50);
        }
    }

    private String scalar(String sql, String... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(base)) {
            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
            }
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static URI url(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
