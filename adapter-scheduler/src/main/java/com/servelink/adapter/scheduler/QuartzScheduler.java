package com.servelink.adapter.scheduler;

import com.servelink.application.port.in.admin.JobDefinition;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

/**
 * The platform's jobs on Quartz: one cron trigger per job, in UTC; the JDBC job store lives in
 * the application's database (tables created by the Flyway migrations), clustered when several
 * nodes share a PostgreSQL database, so each firing runs on exactly one node and a node that
 * comes back runs a missed firing once. Every job requests recovery: when a node dies in the
 * middle of a job, a survivor notices once the dead node has missed its check-ins (check-in
 * interval + 7.5 s) and runs that firing once more, flagged as recovering.
 */
public final class QuartzScheduler implements AutoCloseable {
    /** How long a stop waits for running jobs. */
    static final java.time.Duration STOP_WAIT = java.time.Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(QuartzScheduler.class);
    private static final String GROUP = "servelink";

    /** How the scheduler is set up; tests shorten the intervals. */
    public record Settings(boolean clustered, boolean postgres, Duration clusterCheckin, Duration misfireThreshold,
                           int threads) {
        public Settings {
            Objects.requireNonNull(clusterCheckin, "clusterCheckin");
            Objects.requireNonNull(misfireThreshold, "misfireThreshold");
        }

        /** Production defaults: clustered on PostgreSQL, 7.5 s check-ins, misfires after 60 s. */
        public static Settings forDatabase(boolean postgres) {
            return new Settings(postgres, postgres, Duration.ofMillis(7500), Duration.ofSeconds(60), 2);
        }

        /** The same with another check-in interval: a dead node is noticed that long + 7.5 s after its last check-in. */
        public Settings withClusterCheckin(Duration interval) {
            return new Settings(clustered, postgres, interval, misfireThreshold, threads);
        }
    }

    private final Scheduler scheduler;
    private final List<JobDefinition> jobs;
    private final String instanceId;

    public QuartzScheduler(DataSource dataSource, Settings settings, List<JobDefinition> jobs, JobRunner runner) {
        this.jobs = List.copyOf(jobs);
        String provider = "servelink-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(provider, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
                // the pool belongs to the application
            }

            @Override
            public void initialize() {
                // nothing: the pool is already started
            }
        });
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "servelink");
        // unique per node and per scheduler in a JVM (Quartz's AUTO ids collide within one millisecond)
        this.instanceId = hostName() + "-" + provider.substring(10, 22);
        properties.setProperty("org.quartz.scheduler.instanceId", instanceId);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
        // a job stuck on a vanished database must not keep the JVM alive after stop (see stop)
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", settings.postgres()
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", provider);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(settings.clustered()));
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                Long.toString(settings.clusterCheckin().toMillis()));
        properties.setProperty("org.quartz.jobStore.misfireThreshold",
                Long.toString(settings.misfireThreshold().toMillis()));
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        // a distinct factory per instance: tests run two "nodes" in one JVM
        properties.setProperty("org.quartz.scheduler.instanceName", "servelink");
        properties.setProperty("org.quartz.scheduler.threadName", "servelink-scheduler-" + provider.substring(10, 18));
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory();
            factory.initialize(properties);
            this.scheduler = new SchedulerInJvm(factory).get();
            scheduler.getContext().put(UseCaseJob.RUNNER, runner);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler cannot start: " + e.getMessage(), e);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "node";
        }
    }

    /** Registers every job's trigger (keeping an unchanged one, so pending misfires survive), then starts. */
    public void start() {
        try {
            for (JobDefinition job : jobs) {
                register(job);
            }
            scheduler.start();
            // the id the cluster tables (qrtz_scheduler_state, qrtz_fired_triggers) know this node by
            LOG.info("scheduler started: {} jobs, UTC, instance {}", jobs.size(), instanceId);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler cannot start: " + e.getMessage(), e);
        }
    }

    private void register(JobDefinition job) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(job.name(), GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(job.name(), GROUP);
        // every job is idempotent (each looks at the current state: due add-ons, pending payments,
        // usage so far), so a firing cut short by a dead node is simply run again by a survivor
        JobDetail detail = JobBuilder.newJob(UseCaseJob.class).withIdentity(jobKey).storeDurably()
                .requestRecovery(true).withDescription(job.name()).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(jobKey)
                .withSchedule(CronSchedules.utc(job.cronUtc())).build();
        Trigger existing = scheduler.getTrigger(triggerKey);
        JobDetail stored = scheduler.getJobDetail(jobKey);
        if (existing != null && stored != null && !stored.requestsRecovery()) {
            // stored by a version without recovery: replaced, its trigger and schedule kept
            scheduler.addJob(detail, true);
        }
        if (existing == null) {
            scheduler.addJob(detail, true);
            try {
                scheduler.scheduleJob(trigger);
            } catch (org.quartz.ObjectAlreadyExistsException anotherNodeWasFaster) {
                LOG.debug("trigger {} registered by another node", triggerKey);
            }
        } else if (!(existing instanceof CronTrigger cron) || !cron.getCronExpression().equals(job.cronUtc())
                || !cron.getTimeZone().hasSameRules(CronSchedules.UTC)) {
            scheduler.rescheduleJob(triggerKey, trigger);
        }
    }

    /**
     * Stops taking firings; with {@code waitForJobs}, lets running jobs finish first, for at most
     * {@link #STOP_WAIT}. A job whose end cannot be recorded (the database went away while it ran:
     * Quartz retries that write until it succeeds) would otherwise hold the stop for ever; its
     * threads are daemons, and the cluster recovers the firing (it requests recovery).
     */
    public void stop(boolean waitForJobs) {
        if (!waitForJobs) {
            shutdown(false);
            return;
        }
        Thread stopping = new Thread(() -> shutdown(true), "servelink-scheduler-stop");
        stopping.setDaemon(true);
        stopping.start();
        try {
            stopping.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            LOG.warn("a running job did not end within {}; the scheduler stops without it", STOP_WAIT);
        }
    }

    private void shutdown(boolean waitForJobs) {
        try {
            scheduler.shutdown(waitForJobs);
        } catch (SchedulerException e) {
            LOG.warn("scheduler did not stop cleanly: {}", e.getMessage());
        }
    }

    public boolean isStarted() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    @Override
    public void close() {
        stop(true);
    }
}
