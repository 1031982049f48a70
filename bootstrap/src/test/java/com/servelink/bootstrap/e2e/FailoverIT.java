package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the built jar on one fresh PostgreSQL schema, both running the scheduler, with
 * {@code reconcile_payments} due every 15 s and held 5 s before its work. The node that takes a
 * firing is killed (SIGKILL) in the middle of it: the survivor notices the dead node (1 s
 * check-ins), re-runs that firing once, flagged as recovering, and runs the next regular firing.
 * Skipped without {@code SERVELINK_TEST_PG_URL}.
 */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: the failover test needs PostgreSQL")
class FailoverIT {
    private static final String JOB = "reconcile_payments";
    private static final Duration EVERY = Duration.ofSeconds(15);
    private static final Pattern INSTANCE = Pattern.compile("scheduler started: .*, instance (\\S+)");
    private static final Pattern FIRING = Pattern.compile(
            "job " + JOB + " \\(due (\\S+?)(, recovering)?\\) (started|done)");

    @TempDir
    Path workDir;

    private final String base = System.getenv(RunningServer.PG_URL_VARIABLE);
    private final String schema = "failover_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<Node> nodes = new ArrayList<>();

    /** One server process and what it printed. */
    private record Node(String name, Process process, List<String> lines) {
        boolean printed(Predicate<String> line) {
            return lines.stream().anyMatch(line);
        }

        /** When the first line {@code line} accepts was logged (the line's leading UTC time stamp). */
        Instant loggedAt(Predicate<String> line) {
            return lines.stream().filter(line).map(l -> Instant.parse(l.substring(0, l.indexOf(' '))))
                    .findFirst().orElseThrow();
        }

        String instanceId() {
            return lines.stream().map(INSTANCE::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .findFirst().orElseThrow();
        }

        /** The firings of the job this node logged, in order. */
        List<Firing> firings() {
            return lines.stream().map(FIRING::matcher).filter(Matcher::find)
                    .map(m -> new Firing(Instant.parse(m.group(1)), m.group(2) != null, m.group(3).equals("done")))
                    .toList();
        }
    }

    private record Firing(Instant due, boolean recovering, boolean done) {
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Node node : nodes) {
            if (node.process().isAlive()) {
                node.process().toHandle().destroyForcibly();
                node.process().waitFor(30, TimeUnit.SECONDS);
            }
        }
        execute("drop schema if exists " + schema + " cascade");
    }

    @Test
    void a_job_cut_short_by_a_killed_node_is_re_run_once_on_the_survivor_which_takes_the_next_firing()
            throws Exception {
        execute("create schema " + schema);
        Node first = start("node-1");
        Node second = start("node-2");
        awaitUp(first);
        awaitUp(second);
        Instant bothUp = Instant.now();

        // the first firing due once both nodes run, wherever it lands: that node is the victim
        Firing victimFiring = null;
        Node victim = null;
        long deadline = deadline(EVERY.plusSeconds(20));
        while (victim == null) {
            for (Node node : List.of(first, second)) {
                Optional<Firing> started = node.firings().stream()
                        .filter(f -> !f.done() && f.due().isAfter(bothUp)).findFirst();
                if (started.isPresent()) {
                    victim = node;
                    victimFiring = started.get();
                }
            }
            assertThat(System.nanoTime()).as("no firing of %s after both nodes were up", JOB).isLessThan(deadline);
            pause(50);
        }
        Node survivor = victim == first ? second : first;
        Instant due = victimFiring.due();

        // in the middle of the job, as the database sees it: fired on the victim, to be recovered
        assertThat(rows("select instance_name || ' ' || state || ' ' || requests_recovery from qrtz_fired_triggers"
                + " where job_name = ?", JOB))
                .containsExactly(victim.instanceId() + " EXECUTING true");
        victim.process().toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, the job never finishes
        assertThat(victim.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        Instant killed = Instant.now();
        // (a node up before the other may have run an earlier firing to its end)
        assertThat(victim.firings().stream().filter(f -> !f.due().isBefore(due)))
                .as("the victim's firings: %s", victim.firings()).containsExactly(new Firing(due, false, false));

        // the survivor re-runs the firing, then the next regular one; recovery waits for the
        // dead node's check-in to time out: 1 s + Quartz's 7.5 s
        Firing next = new Firing(due.plus(EVERY), false, true);
        deadline = deadline(Duration.ofSeconds(45));
        while (!survivor.firings().contains(next)) {
            assertThat(survivor.process().isAlive()).as("the survivor exited: %s", survivor.lines()).isTrue();
            assertThat(System.nanoTime()).as("the survivor's firings: %s", survivor.firings()).isLessThan(deadline);
            pause(100);
        }
        List<Firing> ofThatFiring = survivor.firings().stream().filter(f -> f.due().equals(due)).toList();
        assertThat(ofThatFiring).as("the killed firing on the survivor: re-run once, as a recovery")
                .containsExactly(new Firing(due, true, false), new Firing(due, true, true));
        assertThat(survivor.firings().stream().filter(Firing::recovering).count()).isEqualTo(2);
        assertThat(survivor.firings()).as("the next regular firing ran after the recovery")
                .containsSubsequence(new Firing(due, true, true), new Firing(next.due(), false, false), next);

        // the cluster forgot the dead node and its firing; the job's last run is the survivor's
        assertThat(rows("select instance_name from qrtz_scheduler_state", null)).containsExactly(survivor.instanceId());
        assertThat(rows("select instance_name from qrtz_fired_triggers where instance_name = ?", victim.instanceId()))
                .isEmpty();
        assertThat(rows("select (extract(epoch from started_at) * 1000)::bigint from job_run where job = ?", JOB))
                .singleElement().satisfies(started -> assertThat(Instant.ofEpochMilli(Long.parseLong(started)))
                        .isAfter(killed));
        Instant recoveryStarted = survivor.loggedAt(line -> line.contains("recovering) started"));
        System.out.println("failover: killed at " + killed + ", firing due " + due + " re-run by " + survivor.name()
                + " from " + recoveryStarted + ", " + Duration.between(killed, recoveryStarted).toMillis()
                + " ms after the kill; its firings: " + survivor.firings());
    }

    private Node start(String name) throws IOException {
        Path jar = Path.of(System.getProperty("servelink.jar", "target/servelink.jar")).toAbsolutePath();
        Path dir = Files.createDirectories(workDir.resolve(name));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-jar", jar.toString()).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("SERVELINK_"));
        builder.environment().put("SERVELINK_HTTP_PORT", Integer.toString(ProcessLines.freePort()));
        builder.environment().put("SERVELINK_DB_URL", base + (base.contains("?") ? "&" : "?")
                + "currentSchema=" + schema + ",public");
        builder.environment().put("SERVELINK_DB_POOL_SIZE", "4");
        builder.environment().put("SERVELINK_DEMO_DATA", "false");
        builder.environment().put("SERVELINK_ADMIN_TOKEN", RunningServer.ADMIN_TOKEN);
        builder.environment().put("SERVELINK_PAYMENT_PROVIDER", "sandbox");
        builder.environment().put("SERVELINK_PAYMENT_WEBHOOK_SECRET", "whsec_failover_test_secret");
        builder.environment().put("SERVELINK_SCHEDULER", "on");
        builder.environment().put("SERVELINK_JOB_SCHEDULES", JOB + "=0/15 * * * * ?");
        builder.environment().put("SERVELINK_SCHEDULER_CHECKIN_INTERVAL", "PT1S");
        builder.environment().put("SERVELINK_TEST_JOB_DELAY", "PT5S");
        Process process = builder.start();
        List<String> lines = ProcessLines.of(process).lines();
        Node node = new Node(name, process, lines);
        nodes.add(node);
        return node;
    }

    private static void awaitUp(Node node) {
        long deadline = deadline(Duration.ofSeconds(60));
        while (!node.printed(line -> line.contains("Servelink listening"))) {
            assertThat(node.process().isAlive()).as("%s exited early: %s", node.name(), node.lines()).isTrue();
            assertThat(System.nanoTime()).as("%s: no start-up line within 60 s: %s", node.name(), node.lines())
                    .isLessThan(deadline);
            pause(100);
        }
        assertThat(node.printed(INSTANCE.asPredicate())).as(node.name() + " runs the scheduler").isTrue();
    }

    private List<String> rows(String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(base)) {
            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
            }
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                if (parameter != null) {
                    statement.setString(1, parameter);
                }
                List<String> values = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        values.add(result.getString(1));
                    }
                }
                return values;
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long deadline(Duration in) {
        return System.nanoTime() + in.toNanos();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
