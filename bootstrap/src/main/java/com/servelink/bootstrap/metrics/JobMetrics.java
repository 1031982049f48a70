package com.servelink.bootstrap.metrics;

import com.servelink.application.port.in.admin.JobDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.List;

/**
 * Times every run of a job, scheduled or started by the operator: {@code servelink.job.runs}
 * by job and outcome ({@code success}, {@code failure}: its count, total and longest duration),
 * and {@code servelink.job.affected}, the records the successful runs changed.
 */
final class JobMetrics {
    static final String RUNS = "servelink.job.runs";
    static final String AFFECTED = "servelink.job.affected";

    private JobMetrics() {
    }

    static List<JobDefinition> timed(List<JobDefinition> jobs, MeterRegistry registry) {
        return jobs.stream().map(job -> timed(job, registry)).toList();
    }

    private static JobDefinition timed(JobDefinition job, MeterRegistry registry) {
        Timer succeeded = timer(registry, job.name(), "success");
        Timer failed = timer(registry, job.name(), "failure");
        Counter affected = Counter.builder(AFFECTED).description("Records changed by the job's successful runs")
                .tag("job", job.name()).register(registry);
        return new JobDefinition(job.name(), job.cronUtc(), () -> {
            Timer.Sample sample = Timer.start(registry);
            int count;
            try {
                count = job.work().getAsInt();
            } catch (RuntimeException | Error failure) {
                sample.stop(failed);
                throw failure;
            }
            sample.stop(succeeded);
            affected.increment(count);
            return count;
        });
    }

    private static Timer timer(MeterRegistry registry, String job, String outcome) {
        return Timer.builder(RUNS).description("Runs of the platform's jobs, by outcome")
                .tags("job", job, "outcome", outcome).register(registry);
    }
}
