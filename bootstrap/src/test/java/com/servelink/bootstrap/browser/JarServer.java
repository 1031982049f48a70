package com.servelink.bootstrap.browser;

import com.servelink.bootstrap.e2e.RunningServer;
import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shaded jar running as a separate process on a free port, with demo data, on a fresh H2
 * database or a fresh schema of the PostgreSQL named by {@code SERVELINK_TEST_PG_URL}: the
 * server the browser tests drive.
 *
 * <p>Its public URL is {@code http://localhost:<port>}, and the browser must open {@link #base()}
 * too: the payment return links are built on the public URL, and cookies set on another host
 * ({@code 127.0.0.1}) would not be sent back on them.
 */
public final class JarServer implements AutoCloseable {
    public static final String PG_URL_VARIABLE = RunningServer.PG_URL_VARIABLE;
    public static final String ADMIN_TOKEN = "admin-token-for-browser-tests-0123456789abcdef";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String DEFAULT_HEAP = "192m";
    private static final Pattern DEMO_TOKEN =
            Pattern.compile("^\\s+(owner|member|staff)\\s+\\S+@\\S+\\s+(slk_\\S+)\\s*$");

    private final Process process;
    private final Thread reader;
    private final List<String> output;
    private final int port;
    private final Path workDir;
    private final Runnable cleanup;
    private final Map<String, String> tokens = new HashMap<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private boolean closed;
    private String dbUrl;

    private JarServer(Process process, Thread reader, List<String> output, int port, Path workDir, Runnable cleanup) {
        this.process = process;
        this.reader = reader;
        this.output = output;
        this.port = port;
        this.workDir = workDir;
        this.cleanup = cleanup;
    }

    /** On a fresh in-memory H2 database. */
    public static JarServer h2() {
        return h2(Map.of());
    }

    /** On a fresh in-memory H2 database, with more variables (such as the webhooks' switches). */
    public static JarServer h2(Map<String, String> extraEnv) {
        return start("jdbc:h2:mem:browser_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                () -> {
                }, extraEnv);
    }

    /**
     * On a fresh schema of the PostgreSQL named by {@code SERVELINK_TEST_PG_URL}, dropped on
     * {@link #close()}; aborts (skips) the calling test when the variable is not set.
     */
    public static JarServer postgres() {
        return postgres(DEFAULT_HEAP);
    }

    /** As {@link #postgres()}, the jar's JVM limited to {@code maxHeap} ({@code -Xmx}, such as {@code 64m}). */
    public static JarServer postgres(String maxHeap) {
        assumePostgres();
        String base = System.getenv(PG_URL_VARIABLE);
        String schema = "browser_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(base, "create schema " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        JarServer server = start(url, () -> execute(base, "drop schema if exists " + schema + " cascade"), Map.of(),
                maxHeap);
        server.dbUrl = url;
        return server;
    }

    /** The server's database (PostgreSQL: its schema), for a test that loads data behind its back. */
    public String dbUrl() {
        return dbUrl;
    }

    /** The jar's process id (for {@code jstat}). */
    public long pid() {
        return process.pid();
    }

    /**
     * Skips the calling test (or, from {@code @BeforeAll}, the whole class) when
     * {@code SERVELINK_TEST_PG_URL} is not set, so a run without PostgreSQL reports it as skipped
     * rather than passed.
     */
    public static void assumePostgres() {
        String url = System.getenv(PG_URL_VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                PG_URL_VARIABLE + " is not set: this browser test needs PostgreSQL");
    }

    private static JarServer start(String dbUrl, Runnable cleanup, Map<String, String> extraEnv) {
        return start(dbUrl, cleanup, extraEnv, DEFAULT_HEAP);
    }

    private static JarServer start(String dbUrl, Runnable cleanup, Map<String, String> extraEnv, String maxHeap) {
        Path workDir;
        int port;
        Process process;
        try {
            workDir = Files.createTempDirectory("servelink-browser-");
        } catch (IOException e) {
            cleanup.run();
            throw new UncheckedIOException(e);
        }
        try {
            port = freePort();
            Path jar = Path.of(System.getProperty("servelink.jar", "target/servelink.jar")).toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + maxHeap, "-jar", jar.toString()).directory(workDir.toFile())
                    .redirectErrorStream(true);
            // A developer's own SERVELINK_* settings must not leak into the server under test.
            builder.environment().keySet().removeIf(name -> name.startsWith("SERVELINK_"));
            builder.environment().put("SERVELINK_HTTP_PORT", Integer.toString(port));
            builder.environment().put("SERVELINK_PUBLIC_URL", "http://localhost:" + port);
            builder.environment().put("SERVELINK_DB_URL", dbUrl);
            builder.environment().put("SERVELINK_ADMIN_TOKEN", ADMIN_TOKEN);
            builder.environment().put("SERVELINK_DEMO_DATA", "true");
            builder.environment().put("SERVELINK_SCHEDULER", "off");
            builder.environment().put("SERVELINK_PAYMENT_PROVIDER", "sandbox"); // required on PostgreSQL
            builder.environment().putAll(extraEnv);
            process = builder.start();
        } catch (IOException e) {
            cleanup.run();
            deleteRecursively(workDir);
            throw new UncheckedIOException(e);
        }
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "jar-server-output-" + port);
        reader.setDaemon(true);
        reader.start();
        JarServer server = new JarServer(process, reader, output, port, workDir, cleanup);
        try {
            server.awaitStart();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitStart() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (output.stream().noneMatch(line -> line.contains("Servelink listening"))) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited early (" + process.exitValue() + "):\n"
                        + String.join("\n", output));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no start-up line within " + START_TIMEOUT.toSeconds() + " s:\n"
                        + String.join("\n", output));
            }
            pause(50);
        }
        for (String line : output) {
            Matcher token = DEMO_TOKEN.matcher(line);
            if (token.matches()) {
                tokens.put(token.group(1), token.group(2));
            }
        }
        if (tokens.size() != 3) {
            throw new IllegalStateException("demo tokens not found in the start-up output:\n"
                    + String.join("\n", output));
        }
    }

    /** {@code http://localhost:<port>}: the public URL, the one origin the browser should use. */
    public String base() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public String ownerToken() {
        return tokens.get("owner");
    }

    public String memberToken() {
        return tokens.get("member");
    }

    public String staffToken() {
        return tokens.get("staff");
    }

    public String adminToken() {
        return ADMIN_TOKEN;
    }

    /** Every line the process printed so far, standard error included. */
    public List<String> output() {
        return List.copyOf(output);
    }

    /**
     * One JSON API call, to set data up or check it behind the browser's back: {@code token} and
     * {@code jsonBody} may be null.
     */
    public ApiReply api(String method, String path, String token, String jsonBody) {
        // The API client goes to 127.0.0.1, where the server listens, so no IPv6 "localhost" is tried.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiReply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** An API response: its status and its body as text. */
    public record ApiReply(int status, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Stops the process with SIGTERM (SIGKILL after 30 s), then drops its PostgreSQL schema. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            process.toHandle().destroy(); // SIGTERM: the server drains and closes its pool first
            if (!waitFor(30)) {
                process.toHandle().destroyForcibly();
                waitFor(10);
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                cleanup.run();
            } finally {
                deleteRecursively(workDir);
            }
        }
    }

    private boolean waitFor(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the server started", e);
        }
    }
}
