package com.servelink.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What each scheduled job did the last time it ran, whichever node ran it. */
public interface JobRunLog {

    record JobRun(String job, int affected, Instant startedAt, Instant finishedAt) {
        public JobRun {
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(finishedAt, "finishedAt");
        }
    }

    void record(JobRun run);

    Optional<JobRun> last(String job);
}
