package com.servelink.application.inmemory;

import com.servelink.application.port.out.JobRunLog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The last run of each job, in a map. */
public final class InMemoryJobRunLog implements JobRunLog {
    private final Map<String, JobRun> last = new HashMap<>();

    @Override
    public synchronized void record(JobRun run) {
        last.put(run.job(), run);
    }

    @Override
    public synchronized Optional<JobRun> last(String job) {
        return Optional.ofNullable(last.get(job));
    }
}
