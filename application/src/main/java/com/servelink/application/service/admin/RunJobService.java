package com.servelink.application.service.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.admin.RunJobUseCase;
import com.servelink.application.port.out.JobRunLog;
import com.servelink.application.port.out.JobRunLog.JobRun;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Runs one of the platform's jobs by name and records its result. */
public final class RunJobService implements RunJobUseCase {
    private final List<JobDefinition> jobs;
    private final JobRunLog log;
    private final Clock clock;

    public RunJobService(List<JobDefinition> jobs, JobRunLog log, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.log = log;
        this.clock = clock;
    }

    @Override
    public JobRun run(RunJobCommand command) {
        if (!(command.actor() instanceof Actor.System)) {
            TeamAccess.requireOperator(command.actor());
        }
        JobDefinition job = jobs.stream().filter(j -> j.name().equals(command.job())).findFirst()
                .orElseThrow(() -> DomainException.notFound("job " + command.job()));
        Instant started = clock.instant();
        int affected = job.work().getAsInt();
        JobRun run = new JobRun(job.name(), affected, started, clock.instant());
        log.record(run);
        return run;
    }
}
