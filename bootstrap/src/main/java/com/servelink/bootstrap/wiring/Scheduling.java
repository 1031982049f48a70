package com.servelink.bootstrap.wiring;

import com.servelink.adapter.scheduler.QuartzScheduler;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.admin.RunJobUseCase;
import com.servelink.bootstrap.config.SchedulerTuning;

import java.util.List;
import java.util.Optional;

/** Quartz on the database's job store (clustered on PostgreSQL), when the scheduler is on. */
public final class Scheduling {
    private Scheduling() {
    }

    public static Optional<QuartzScheduler> start(Core core, List<JobDefinition> jobs, RunJobUseCase runJob) {
        if (!core.configuration().schedulerEnabled()) {
            return Optional.empty();
        }
        SchedulerTuning tuning = core.configuration().schedulerTuning();
        var database = core.database();
        QuartzScheduler quartz = new QuartzScheduler(database.dataSource(),
                QuartzScheduler.Settings.forDatabase(database.isPostgres()).withClusterCheckin(tuning.clusterCheckin()),
                jobs, new ScheduledRuns(runJob, tuning.testJobDelay()));
        quartz.start();
        return Optional.of(quartz);
    }
}
