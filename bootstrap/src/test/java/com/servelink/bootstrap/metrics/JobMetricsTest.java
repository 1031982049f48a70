package com.servelink.bootstrap.metrics;

import com.servelink.application.port.in.admin.JobDefinition;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private Timer runs(String job, String outcome) {
        return registry.get(JobMetrics.RUNS).tags("job", job, "outcome", outcome).timer();
    }

    @Test
    void a_successful_run_is_timed_and_its_affected_records_counted() {
        JobDefinition job = JobMetrics.timed(List.of(new JobDefinition("expire", "0 0 5 * * ?", () -> 7)), registry)
                .get(0);

        assertThat(job.work().getAsInt()).isEqualTo(7);
        assertThat(job.work().getAsInt()).isEqualTo(7);

        assertThat(job.name()).isEqualTo("expire");
        assertThat(job.cronUtc()).isEqualTo("0 0 5 * * ?");
        assertThat(runs("expire", "success").count()).isEqualTo(2);
        assertThat(runs("expire", "failure").count()).isZero();
        assertThat(registry.get(JobMetrics.AFFECTED).tag("job", "expire").counter().count()).isEqualTo(14);
    }

    @Test
    void a_failed_run_is_counted_as_a_failure_and_still_fails() {
        JobDefinition job = JobMetrics.timed(List.of(new JobDefinition("reconcile", "0 0 * * * ?", () -> {
            throw new IllegalStateException("provider down");
        })), registry).get(0);

        assertThatThrownBy(() -> job.work().getAsInt()).hasMessage("provider down");

        assertThat(runs("reconcile", "failure").count()).isEqualTo(1);
        assertThat(runs("reconcile", "success").count()).isZero();
        assertThat(registry.get(JobMetrics.AFFECTED).tag("job", "reconcile").counter().count()).isZero();
    }

    @Test
    void metrics_off_leaves_the_jobs_as_they_are() {
        List<JobDefinition> jobs = List.of(new JobDefinition("expire", "0 0 5 * * ?", () -> 1));
        try (Metrics off = Metrics.create(false)) {
            assertThat(off.timed(jobs)).isSameAs(jobs);
            assertThat(off.registry()).isEmpty();
        }
    }
}
