package com.servelink.bootstrap.e2e;

import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL going away and coming back, for one process, without touching the shared cluster:
 * the server reaches PostgreSQL through a {@link TcpProxy} the test cuts (requests and readiness
 * are 503, never 500) and restores (the same process serves again, no restart); then the
 * server's own backends are terminated under it ({@code pg_terminate_backend}, found by the
 * {@code ApplicationName} only this server uses) and the pool replaces them.
 */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresOutageTest {
    private static final Duration RECOVERY = Duration.ofSeconds(20);

    @Test
    void requests_get_503_during_an_outage_and_are_served_again_after_it() throws Exception {
        String base = System.getenv(RunningServer.PG_URL_VARIABLE);
        URI target = URI.create(base.substring("jdbc:".length()));
        String application = "servelink-outage-" + UUID.randomUUID().toString().substring(0, 8);
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
             RunningServer server = RunningServer.postgres(Map.of(), url -> url.replaceFirst("//[^/]+/",
                     "//127.0.0.1:" + proxy.port() + "/") + "&ApplicationName=" + application)) {
            String member = server.tokens().member();
            Supplier<Reply> limits = () -> server.get("/api/resources/my-team/limits", member);
            assertThat(limits.get().status()).isEqualTo(200);
            assertThat(server.get("/ready", null).status()).isEqualTo(200);
            Set<Integer> backends = backends(base, application);
            assertThat(backends).as("the server's own backends").isNotEmpty();

            proxy.cut();
            Reply down = limits.get();
            assertThat(down.status()).as("%s", down).isEqualTo(503);
            assertThat(down.header("Content-Type")).startsWith("application/problem+json");
            assertThat(down.text()).doesNotContain("Exception");
            assertThat(server.get("/ready", null).status()).isEqualTo(503);
            assertThat(server.get("/health", null).status()).isEqualTo(200);

            proxy.restore();
            awaitServed(server, limits);
            assertThat(server.get("/ready", null).status()).isEqualTo(200);

            Set<Integer> before = backends(base, application);
            try (Connection admin = DriverManager.getConnection(base)) {
                // killed right after their last use, so the pool hands them out again without a check:
                // a request on a connection killed under the pool is a 503 at worst, never a 500
                for (int i = 0; i < 5; i++) {
                    awaitServed(server, limits);
                    assertThat(terminate(admin, application)).isPositive();
                    Reply reply = limits.get();
                    assertThat(reply.status()).as("%s", reply).isIn(200, 503);
                }
            }
            awaitServed(server, limits);
            Set<Integer> after = backends(base, application);
            assertThat(after).as("fresh backends replaced the terminated ones").isNotEmpty()
                    .doesNotContainAnyElementsOf(before);
        }
    }

    /** Waits until limits and readiness answer 200 again, failing on any 500 meanwhile. */
    private static void awaitServed(RunningServer server, Supplier<Reply> limits) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            Reply reply = limits.get();
            assertThat(reply.status()).as("%s", reply).isIn(200, 503);
            if (reply.status() == 200 && server.get("/ready", null).status() == 200) {
                return;
            }
            assertThat(System.nanoTime()).as("served again within %s", RECOVERY).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Set<Integer> backends(String url, String application) throws SQLException {
        Set<Integer> pids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select pid from pg_stat_activity where application_name = '"
                     + application + "'")) {
            while (rows.next()) {
                pids.add(rows.getInt(1));
            }
        }
        return pids;
    }

    private static int terminate(Connection c, String application) throws SQLException {
        int terminated = 0;
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                     + " where application_name = '" + application + "'")) {
            while (rows.next()) {
                terminated += rows.getBoolean(1) ? 1 : 0;
            }
        }
        return terminated;
    }
}
