package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servelink.bootstrap.DemoData;
import com.servelink.bootstrap.Servelink;
import com.servelink.bootstrap.config.Configuration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A real Servelink, started through the same composition root as {@code main}, on a random
 * port, with demo data, on a fresh H2 database or a fresh schema of the PostgreSQL named by
 * {@code SERVELINK_TEST_PG_URL}; and an HTTP client to talk to it.
 */
public final class RunningServer implements AutoCloseable {
    public static final String PG_URL_VARIABLE = "SERVELINK_TEST_PG_URL";
    public static final String ADMIN_TOKEN = "admin-token-for-end-to-end-tests-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Servelink servelink;
    private final Runnable cleanup;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String console;

    private RunningServer(Servelink servelink, Runnable cleanup, String console) {
        this.servelink = servelink;
        this.cleanup = cleanup;
        this.console = console;
    }

    public static RunningServer h2() {
        return h2(Map.of());
    }

    /** On H2, with more configuration variables (such as the Stripe provider's) over the defaults. */
    public static RunningServer h2(Map<String, String> extraEnv) {
        return start("jdbc:h2:mem:e2e_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                () -> {
                }, extraEnv);
    }

    /** On a database the caller owns (a file that outlives the server, to restart on it). */
    public static RunningServer onDatabase(String dbUrl, Map<String, String> extraEnv) {
        return start(dbUrl, () -> {
        }, extraEnv);
    }

    public static RunningServer postgres() {
        return postgres(Map.of());
    }

    /** On PostgreSQL, with more configuration variables (such as the Stripe provider's) over the defaults. */
    public static RunningServer postgres(Map<String, String> extraEnv) {
        return postgres(extraEnv, UnaryOperator.identity());
    }

    /** @param serverUrl rewrites the URL the server connects with (through a proxy, say); the test's own stays */
    public static RunningServer postgres(Map<String, String> extraEnv, UnaryOperator<String> serverUrl) {
        String base = System.getenv(PG_URL_VARIABLE);
        String schema = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(base, "create schema " + schema);
        String url = serverUrl.apply(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        // the sandbox is the default only on the embedded database; on PostgreSQL it must be asked for
        Map<String, String> env = new HashMap<>(Map.of(Configuration.PAYMENT_PROVIDER, "sandbox"));
        env.putAll(extraEnv);
        return start(url, () -> execute(base, "drop schema if exists " + schema + " cascade"), env);
    }

    private static RunningServer start(String dbUrl, Runnable cleanup, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put(Configuration.HTTP_PORT, "0");
        env.put(Configuration.DB_URL, dbUrl);
        env.put(Configuration.ADMIN_TOKEN, ADMIN_TOKEN);
        env.put(Configuration.DEMO_DATA, "true");
        env.put(Configuration.SCHEDULER, "off");
        env.putAll(extraEnv);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Servelink servelink = Servelink.start(Configuration.fromEnvironment(env),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new RunningServer(servelink, cleanup, printed.toString(StandardCharsets.UTF_8));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public Servelink servelink() {
        return servelink;
    }

    public DemoData.Tokens tokens() {
        return servelink.demoTokens().orElseThrow();
    }

    public String webhookSecret() {
        return servelink.webhookSecret().orElseThrow();
    }

    /** What the server printed to its console at start (tokens shown once). */
    public String console() {
        return console;
    }

    public String base() {
        return "http://127.0.0.1:" + servelink.port();
    }

    /** A request builder for a path on this server. */
    /** The {@code X-Servelink-Signature} the sandbox would send with {@code body} at {@code timestamp}. */
    public static String sandboxSignature(String secret, String body, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same, with this server's sandbox secret. */
    public String sandboxSignature(String body, long timestamp) {
        return sandboxSignature(webhookSecret(), body, timestamp);
    }

    /** Posts {@code body} to the sandbox's webhook, signed with {@code signature} unless it is null. */
    public Reply postSandboxWebhook(String body, String signature) {
        HttpRequest.Builder request = request("/api/payments/webhooks/sandbox").header("Content-Type", "application/json");
        if (signature != null) {
            request.header("X-Servelink-Signature", signature);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String token) {
        return send(authorised(request(path), token).GET().build());
    }

    public Reply delete(String path, String token) {
        return send(authorised(request(path), token).DELETE().build());
    }

    public Reply post(String path, String token, String json) {
        return send(authorised(request(path), token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String token, String json) {
        return send(authorised(request(path), token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply patch(String path, String token, String json) {
        return send(authorised(request(path), token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpRequest.Builder authorised(HttpRequest.Builder builder, String token) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** A response: status, headers, and the body as text or JSON. */
    public record Reply(HttpResponse<byte[]> response) {
        public int status() {
            return response.statusCode();
        }

        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status() + "): " + text(), e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status() + " " + text();
        }
    }

    @Override
    public void close() {
        try {
            servelink.close();
        } finally {
            cleanup.run();
        }
    }
}
