package com.servelink.adapter.scheduler;

import com.servelink.application.port.in.admin.JobDefinition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A node that was down when a job was due runs the missed job once when it comes back. */
class MisfireTest {

    @Test
    void missed_firings_run_once_on_restart() throws Exception {
        List<Instant> firings = new CopyOnWriteArrayList<>();
        List<JobDefinition> jobs = List.of(new JobDefinition("probe", "0/3 * * * * ?", () -> 0));
        var settings = new QuartzScheduler.Settings(false, false, Duration.ofMillis(1000), Duration.ofMillis(500), 1);
        try (JobStoreFixture store = JobStoreFixture.h2()) {
            QuartzScheduler first = new QuartzScheduler(store.dataSource, settings, jobs, (job, at, recovering) -> firings.add(at));
            first.start();
            first.stop(true);
            firings.clear();

            Thread.sleep(7_000); // down across at least two firings (every 3 s)

            try (QuartzScheduler second = new QuartzScheduler(store.dataSource, settings, jobs,
                    (job, at, recovering) -> firings.add(at))) {
                second.start();
                Thread.sleep(4_000);
                // regular firings fall on the 3-second grid; the catch-up of the missed ones does not
                List<Instant> catchUps = firings.stream()
                        .filter(at -> at.getNano() != 0 || at.getEpochSecond() % 3 != 0).toList();
                assertThat(catchUps).as("missed firings, run once on restart (all firings: %s)", firings).hasSize(1);
                assertThat(firings).as("and then the schedule goes on").hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }
}
