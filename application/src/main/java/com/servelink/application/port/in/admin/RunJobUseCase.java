package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.out.JobRunLog.JobRun;

/** Runs a scheduled job now (the operator) or on schedule (the scheduler), and records what it did. */
public interface RunJobUseCase {

    record RunJobCommand(Actor actor, String job) {
    }

    JobRun run(RunJobCommand command);
}
