package com.servelink.adapter.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The one Quartz job class: a thin shell that hands the firing to the {@link JobRunner} (which
 * runs the batch use case and records its result). Never two at once for the same job. A firing
 * cut short by its node's death is re-run once by a surviving node (the job requests recovery,
 * see {@link QuartzScheduler}), flagged as recovering.
 */
@DisallowConcurrentExecution
public final class UseCaseJob implements Job {
    static final String RUNNER = "servelink.jobRunner";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            JobRunner runner = (JobRunner) context.getScheduler().getContext().get(RUNNER);
            runner.run(context.getJobDetail().getKey().getName(), context.getScheduledFireTime().toInstant(),
                    context.isRecovering());
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("job " + context.getJobDetail().getKey().getName() + " failed", e);
        }
    }
}
