package com.servelink.bootstrap.e2e;

import com.servelink.bootstrap.Servelink;
import com.servelink.bootstrap.config.Configuration;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database goes away, clients get 503 problems (never a 500), and readiness says so;
 * a pool merely busy is not a database down.
 */
class DatabaseDownTest {

    @Test
    void a_saturated_pool_with_the_database_answering_is_still_ready() throws Exception {
        try (RunningServer server = RunningServer.h2(Map.of(Configuration.DB_POOL_SIZE, "2"))) {
            javax.sql.DataSource pool = server.servelink().database().dataSource();
            try (var first = pool.getConnection(); var second = pool.getConnection()) {
                long started = System.nanoTime();
                var ready = server.get("/ready", null);
                assertThat(ready.status()).as("%s", ready).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
                // the pool is saturated indeed: a request that needs a connection waits for one, then gives up
                var limits = server.get("/api/resources/my-team/limits", server.tokens().member());
                assertThat(limits.status()).as("%s", limits).isEqualTo(503);
            }
            assertThat(server.get("/api/resources/my-team/limits", server.tokens().member()).status()).isEqualTo(200);
        }
    }

    @Test
    void requests_get_503_while_the_database_is_unreachable() throws Exception {
        Server database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String url = "jdbc:h2:tcp://localhost:" + database.getPort() + "/mem:down;DB_CLOSE_DELAY=-1";
        Servelink servelink = Servelink.start(Configuration.fromEnvironment(Map.of(
                        Configuration.HTTP_PORT, "0", Configuration.DB_URL, url, Configuration.DB_POOL_SIZE, "2",
                        Configuration.ADMIN_TOKEN, RunningServer.ADMIN_TOKEN, Configuration.DEMO_DATA, "true")),
                new PrintStream(OutputStream.nullOutputStream()));
        try {
            String member = servelink.demoTokens().orElseThrow().member();
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + servelink.port();
            HttpRequest limits = HttpRequest.newBuilder(URI.create(base + "/api/resources/my-team/limits"))
                    .header("Authorization", "Bearer " + member).timeout(Duration.ofSeconds(30)).build();
            assertThat(client.send(limits, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            database.stop();
            shutdownQuietly(url);

            HttpResponse<String> down = client.send(limits, HttpResponse.BodyHandlers.ofString());
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(down.body()).doesNotContain("Exception").doesNotContain("at com.");
            HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base + "/ready"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(503);
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            servelink.close();
            database.stop();
        }
    }

    private static void shutdownQuietly(String url) {
        try {
            java.sql.DriverManager.getConnection(url).close();
        } catch (SQLException expected) {
            // the server is gone: that is the point
        }
    }
}
