package com.servelink.bootstrap.wiring;

import com.servelink.adapter.scheduler.JobRunner;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.RunJobUseCase;
import com.servelink.application.port.in.admin.RunJobUseCase.RunJobCommand;
import com.servelink.application.port.out.JobRunLog.JobRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a scheduled firing does: runs the job's use case as the scheduler, logging its start and
 * end (with the firing's due time, and whether it re-runs a firing a dead node left unfinished),
 * so a node's log tells which firings it ran. The test delay, zero in production, holds the job
 * between the two so a test can kill the node in the middle of it.
 */
final class ScheduledRuns implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);
    private static final Actor SCHEDULER = new Actor.System("scheduler");

    private final RunJobUseCase runJob;
    private final Duration testDelay;

    ScheduledRuns(RunJobUseCase runJob, Duration testDelay) {
        this.runJob = Objects.requireNonNull(runJob, "runJob");
        this.testDelay = Objects.requireNonNull(testDelay, "testDelay");
    }

    @Override
    public void run(String job, Instant scheduledFireTime, boolean recovering) {
        String firing = recovering ? " (due " + scheduledFireTime + ", recovering)" : " (due " + scheduledFireTime + ")";
        LOG.info("job {}{} started", job, firing);
        if (!testDelay.isZero()) {
            try {
                Thread.sleep(testDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("job " + job + " interrupted before its work", e);
            }
        }
        JobRun run = runJob.run(new RunJobCommand(SCHEDULER, job));
        LOG.info("job {}{} done: {}", job, firing, run);
    }
}
