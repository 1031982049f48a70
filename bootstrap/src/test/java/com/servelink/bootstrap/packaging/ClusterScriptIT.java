package com.servelink.bootstrap.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code scripts/cluster.sh} as an operator runs it: two nodes of the built jar on one fresh
 * PostgreSQL schema, the scheduler on node 1 only; both answer {@code /ready}; a purchase made
 * and paid on node 1 is active on node 2; compose.yaml's health check passes against a node and
 * fails where none listens; {@code stop} ends both. Skipped without {@code SERVELINK_TEST_PG_URL}.
 */
class ClusterScriptIT {
    private static final String ADMIN = "cluster-test-admin-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path clusterDir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String pgUrl;
    private String schema;
    private int basePort;

    @BeforeEach
    void freshSchema() throws IOException {
        pgUrl = System.getenv("SERVELINK_TEST_PG_URL");
        assumeTrue(pgUrl != null, "SERVELINK_TEST_PG_URL is not set: the cluster needs PostgreSQL");
        schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create schema " + schema);
        basePort = twoFreePorts();
    }

    @AfterEach
    void stopAndDrop() throws Exception {
        if (schema != null) {
            try {
                script("stop");
            } finally {
                execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    void two_nodes_on_one_database_share_a_purchase() throws Exception {
        Result started = script("start");
        assertThat(started.exit()).as(started.output()).isZero();
        assertThat(started.output()).contains("node 1: ready on http://127.0.0.1:" + basePort)
                .contains("node 2: ready on http://127.0.0.1:" + (basePort + 1));
        Result status = script("status");
        assertThat(status.exit()).as(status.output()).isZero();
        assertThat(status.output()).contains("node 1: ready").contains("node 2: ready");
        assertThat(log(1)).contains("payment provider sandbox, scheduler on");
        assertThat(log(2)).contains("payment provider sandbox, scheduler off");
        for (int node = 1; node <= 2; node++) {
            assertThat(send(node, "GET", "/ready", null, null).statusCode()).isEqualTo(200);
        }

        // an operator sets up a Pro team on node 1, its owner buys and pays RAM there
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        ok(send(1, "POST", "/api/admin/teams", ADMIN, "{\"slug\":\"" + slug + "\",\"name\":\"Acme\",\"plan\":\"pro\"}"), 201);
        long userId = ok(send(1, "POST", "/api/admin/users", ADMIN,
                "{\"email\":\"" + slug + "@example.com\",\"name\":\"Owner\",\"is_support\":false}"), 201).path("id").asLong();
        ok(send(1, "POST", "/api/admin/teams/" + slug + "/members", ADMIN,
                "{\"user_id\":" + userId + ",\"role\":\"owner\"}"), 201);
        String owner = ok(send(1, "POST", "/api/admin/users/" + userId + "/tokens", ADMIN, ""), 201).path("token").asText();
        long memoryBefore = ok(send(2, "GET", "/api/resources/" + slug + "/limits", owner, null), 200)
                .path("memory_mb").asLong();

        JsonNode purchase = ok(send(1, "POST", "/api/resources/" + slug + "/purchase", owner,
                "{\"resource_type\":\"ram\",\"quantity\":2}"), 201); // 2 × 500 MB
        String paymentUrl = purchase.path("payment_url").asText();
        assertThat(paymentUrl).startsWith("http://127.0.0.1:" + basePort + "/sandbox/checkout/");
        HttpResponse<String> paid = client.send(HttpRequest.newBuilder(URI.create(paymentUrl + "/pay"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(200);

        // node 2 sees it: the add-on active in the list and in the limits
        JsonNode list = ok(send(2, "GET", "/api/resources/" + slug + "/list?status=active", owner, null), 200);
        assertThat(list.path("resources").findValuesAsText("id")).containsExactly(purchase.path("resource_id").asText());
        assertThat(ok(send(2, "GET", "/api/resources/" + slug + "/limits", owner, null), 200).path("memory_mb").asLong())
                .isEqualTo(memoryBefore + 1000);

        // compose.yaml's node health check, run as the container would run it
        assertThat(healthcheck(basePort + 1)).isZero();
        assertThat(healthcheck(twoFreePorts())).isNotZero();

        Result stopped = script("stop");
        assertThat(stopped.exit()).as(stopped.output()).isZero();
        assertThat(stopped.output()).contains("node 1: stopped").contains("node 2: stopped");
        Result after = script("status");
        assertThat(after.exit()).isNotZero();
        assertThat(after.output()).contains("node 1: stopped").contains("node 2: stopped");
        assertThat(Files.list(clusterDir).filter(file -> file.toString().endsWith(".pid"))).isEmpty();
    }

    private record Result(int exit, String output) {
    }

    private Result script(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", ProjectFiles.path("scripts/cluster.sh").toString(), command)
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SERVELINK_"));
        env.put("NODES", "2");
        env.put("BASE_PORT", Integer.toString(basePort));
        env.put("SCHEDULER_NODES", "1");
        env.put("CLUSTER_DIR", clusterDir.toString());
        env.put("JAR", Path.of(System.getProperty("servelink.jar", "target/servelink.jar")).toAbsolutePath().toString());
        env.put("SERVELINK_DB_URL", pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        env.put("SERVELINK_ADMIN_TOKEN", ADMIN);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private int healthcheck(int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ContainerFilesTest.nodeHealthcheckScript())
                .redirectErrorStream(true);
        builder.environment().put("SERVELINK_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private String log(int node) throws IOException {
        return Files.readString(clusterDir.resolve("node" + node + ".log"));
    }

    private HttpResponse<String> send(int node, String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (basePort + node - 1) + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** A port p with p and p + 1 free now (node 1 and node 2). */
    private static int twoFreePorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (port < 65535 && free(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two consecutive free ports");
    }

    private static boolean free(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
