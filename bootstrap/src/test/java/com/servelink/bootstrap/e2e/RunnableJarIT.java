package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command, as a user runs it: {@code java -jar bootstrap/target/servelink.jar}
 * in an empty directory starts on the embedded H2 in {@code ./data}, prints the tokens once,
 * stops cleanly on SIGTERM, and starts again on the same data without recreating anything.
 */
class RunnableJarIT {
    private static final Pattern MEMBER_TOKEN = Pattern.compile("member\\s+member@example.com\\s+(slk_[0-9a-f]+)");

    @TempDir
    Path workDir;

    private record Started(Process process, List<String> lines, ProcessLines output) {
        /** Sends SIGTERM, waits for the exit, and for every line printed until then. */
        void terminate() throws InterruptedException {
            process.toHandle().destroy(); // SIGTERM, keeping the output stream open
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            output.awaitEnd(10_000);
        }
    }

    private Started start(int port) throws IOException {
        Path jar = Path.of(System.getProperty("servelink.jar", "target/servelink.jar")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m", "-jar", jar.toString())
                .directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SERVELINK_"));
        builder.environment().put("SERVELINK_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        ProcessLines output = ProcessLines.of(process);
        List<String> lines = output.lines();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.stream().noneMatch(l -> l.contains("Servelink listening"))) {
            assertThat(process.isAlive()).as("server exited early: %s", lines).isTrue();
            assertThat(System.nanoTime()).as("no start-up line within 60 s: %s", lines).isLessThan(deadline);
            sleepBriefly();
        }
        return new Started(process, lines, output);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int get(int port, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void the_jar_starts_on_h2_in_data_stops_on_sigterm_and_keeps_its_data() throws Exception {
        int port = ProcessLines.freePort();
        Started first = start(port);
        String output = String.join("\n", first.lines());
        assertThat(output).contains("Admin token (shown once").contains("Demo data created: team my-team");
        assertThat(first.lines().stream().filter(l -> l.contains("Servelink listening"))).hasSize(1);
        Matcher token = MEMBER_TOKEN.matcher(output);
        assertThat(token.find()).as(output).isTrue();
        String member = token.group(1);
        assertThat(get(port, "/health", null)).isEqualTo(200);
        assertThat(get(port, "/api/resources/my-team/limits", member)).isEqualTo(200);
        assertThat(Files.exists(workDir.resolve("data/servelink.mv.db"))).isTrue();

        first.terminate();
        assertThat(String.join("\n", first.lines())).contains("draining requests in flight").contains("stopped");

        Started second = start(port);
        try {
            String again = String.join("\n", second.lines());
            assertThat(again).doesNotContain("Admin token").doesNotContain("Demo data created");
            assertThat(get(port, "/api/resources/my-team/limits", member)).isEqualTo(200);
        } finally {
            second.terminate();
        }
    }
}
