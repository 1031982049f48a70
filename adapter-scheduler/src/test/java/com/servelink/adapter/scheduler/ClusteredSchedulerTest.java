package com.servelink.adapter.scheduler;

import com.servelink.application.port.in.admin.JobDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL job store: each firing runs on exactly one of them, and when one
 * stops the other takes the following firings.
 */
@EnabledIfEnvironmentVariable(named = JobStoreFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: the cluster test needs PostgreSQL")
class ClusteredSchedulerTest {

    private record Firing(String node, Instant scheduledAt) {
    }

    @Test
    void each_firing_runs_once_across_the_cluster_and_a_survivor_takes_over() throws Exception {
        List<Firing> firings = new CopyOnWriteArrayList<>();
        List<JobDefinition> jobs = List.of(new JobDefinition("probe", "* * * * * ?", () -> 0));
        var settings = new QuartzScheduler.Settings(true, true, Duration.ofMillis(1000), Duration.ofSeconds(5), 2);
        try (JobStoreFixture store = JobStoreFixture.postgres();
             QuartzScheduler a = new QuartzScheduler(store.dataSource, settings, jobs,
                     (job, at, recovering) -> firings.add(new Firing("a", at)));
             QuartzScheduler b = new QuartzScheduler(store.dataSource, settings, jobs,
                     (job, at, recovering) -> firings.add(new Firing("b", at)))) {
            a.start();
            b.start();
            Thread.sleep(6_000); // the schedule fires every second: wall-clock time is the subject here

            Map<Instant, Long> perFiring = firings.stream()
                    .collect(Collectors.groupingBy(Firing::scheduledAt, Collectors.counting()));
            assertThat(perFiring).hasSizeGreaterThanOrEqualTo(3);
            assertThat(perFiring.values()).as("runs per scheduled firing").containsOnly(1L);

            a.stop(true);
            Instant stopped = Instant.now();
            // the survivor takes over at once, or once the cluster has noticed the stopped node
            // (Quartz: check-in interval + 7.5 s); wait for it, up to a bound
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<Firing> after = List.of();
            while (after.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                after = firings.stream().filter(f -> f.scheduledAt().isAfter(stopped.plusSeconds(1))).toList();
            }
            System.out.println("survivor's first firing after " + (after.isEmpty() ? "never"
                    : Duration.between(stopped, after.get(0).scheduledAt())));
            assertThat(after).hasSizeGreaterThanOrEqualTo(2).allMatch(f -> f.node().equals("b"));
            assertThat(firings.stream().collect(Collectors.groupingBy(Firing::scheduledAt, Collectors.counting()))
                    .values()).containsOnly(1L);
            assertThat(firings.stream().map(Firing::node).collect(Collectors.toSet())).contains("b");
        }
    }
}
