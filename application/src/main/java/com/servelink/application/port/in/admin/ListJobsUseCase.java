package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.out.JobRunLog.JobRun;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The scheduled jobs with their schedule and last run. */
public interface ListJobsUseCase {

    record JobStatus(String name, String cronUtc, Optional<Instant> nextFireAt, Optional<JobRun> lastRun) {
    }

    List<JobStatus> list(Actor actor);
}
