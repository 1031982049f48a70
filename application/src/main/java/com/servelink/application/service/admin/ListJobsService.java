package com.servelink.application.service.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.admin.ListJobsUseCase;
import com.servelink.application.port.out.JobCalendar;
import com.servelink.application.port.out.JobRunLog;
import com.servelink.application.service.access.TeamAccess;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Lists the jobs with their UTC schedule and their last recorded run. */
public final class ListJobsService implements ListJobsUseCase {
    private final List<JobDefinition> jobs;
    private final JobRunLog log;
    private final JobCalendar calendar;
    private final Clock clock;

    public ListJobsService(List<JobDefinition> jobs, JobRunLog log, JobCalendar calendar, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.log = log;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<JobStatus> list(Actor actor) {
        TeamAccess.requireOperator(actor);
        Instant now = clock.instant();
        return jobs.stream().map(job -> new JobStatus(job.name(), job.cronUtc(),
                calendar.nextFireTime(job.cronUtc(), now), log.last(job.name()))).toList();
    }
}
