package com.servelink.application.service.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.admin.ListJobsUseCase;
import com.servelink.application.port.out.JobRunLog;
import com.servelink.application.service.access.TeamAccess;

import java.util.List;

/** Lists the jobs with their UTC schedule and their last recorded run. */
public final class ListJobsService implements ListJobsUseCase {
    private final List<JobDefinition> jobs;
    private final JobRunLog log;

    public ListJobsService(List<JobDefinition> jobs, JobRunLog log) {
        this.jobs = List.copyOf(jobs);
        this.log = log;
    }

    @Override
    public List<JobStatus> list(Actor actor) {
        TeamAccess.requireOperator(actor);
        return jobs.stream().map(job -> new JobStatus(job.name(), job.cronUtc(), log.last(job.name()))).toList();
    }
}
