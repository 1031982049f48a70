package com.servelink.bootstrap.config;

import com.servelink.adapter.scheduler.CronSchedules;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.admin.JobNames;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The operations and test settings of the scheduler: other times for some jobs, how often a node
 * checks in with the cluster (so how soon a survivor takes over a dead node's firings), and a
 * pause before each scheduled job's work that lets a test kill a node in the middle of a job.
 *
 * @param schedules      cron expression (UTC) by job name, replacing that job's SPEC §7 schedule
 * @param clusterCheckin how often a clustered node records that it is alive
 * @param testJobDelay   how long each scheduled firing waits before its work; zero in production
 */
public record SchedulerTuning(Map<String, String> schedules, Duration clusterCheckin, Duration testJobDelay) {
    public static final String JOB_SCHEDULES = "SERVELINK_JOB_SCHEDULES";
    public static final String CHECKIN_INTERVAL = "SERVELINK_SCHEDULER_CHECKIN_INTERVAL";
    public static final String TEST_JOB_DELAY = "SERVELINK_TEST_JOB_DELAY";
    public static final List<String> VARIABLES = List.of(JOB_SCHEDULES, CHECKIN_INTERVAL, TEST_JOB_DELAY);

    /** The jobs of SPEC §7, the names {@link #JOB_SCHEDULES} may give a schedule to. */
    public static final List<String> JOBS = JobNames.ALL;

    /** Quartz's own default: a dead node is noticed 7.5 s after its check-in interval has passed. */
    public static final Duration DEFAULT_CHECKIN = Duration.ofMillis(7500);
    public static final Duration MIN_CHECKIN = Duration.ofMillis(100);
    public static final Duration MAX_CHECKIN = Duration.ofMinutes(5);
    public static final Duration MAX_TEST_JOB_DELAY = Duration.ofMinutes(10);

    /** Receives one problem: the variable, its value, what was expected. */
    @FunctionalInterface
    interface Problems {
        void bad(String name, String value, String expected);
    }

    public SchedulerTuning {
        schedules = Map.copyOf(schedules);
        Objects.requireNonNull(clusterCheckin, "clusterCheckin");
        Objects.requireNonNull(testJobDelay, "testJobDelay");
    }

    public static SchedulerTuning defaults() {
        return new SchedulerTuning(Map.of(), DEFAULT_CHECKIN, Duration.ZERO);
    }

    /** The jobs with their schedules replaced where {@link #schedules} names them. */
    public List<JobDefinition> apply(List<JobDefinition> jobs) {
        return jobs.stream().map(job -> new JobDefinition(job.name(),
                schedules.getOrDefault(job.name(), job.cronUtc()), job.work())).toList();
    }

    static SchedulerTuning read(Map<String, String> env, Problems problems) {
        Map<String, String> schedules = value(env, JOB_SCHEDULES).map(list -> schedules(list, problems))
                .orElse(Map.of());
        Duration checkin = value(env, CHECKIN_INTERVAL).map(text -> duration(CHECKIN_INTERVAL, text,
                MIN_CHECKIN, MAX_CHECKIN, DEFAULT_CHECKIN, problems)).orElse(DEFAULT_CHECKIN);
        Duration delay = value(env, TEST_JOB_DELAY).map(text -> duration(TEST_JOB_DELAY, text,
                Duration.ZERO, MAX_TEST_JOB_DELAY, Duration.ZERO, problems)).orElse(Duration.ZERO);
        return new SchedulerTuning(schedules, checkin, delay);
    }

    /** {@code job=cron;job=cron}: cron expressions hold spaces and commas, so entries end at a semicolon. */
    private static Map<String, String> schedules(String list, Problems problems) {
        Map<String, String> schedules = new LinkedHashMap<>();
        for (String entry : list.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String job = equals < 0 ? entry.strip() : entry.substring(0, equals).strip();
            String cron = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (equals < 0 || !JOBS.contains(job)) {
                problems.bad(JOB_SCHEDULES, list, "job=cron entries separated by ';', the job one of "
                        + String.join(", ", JOBS) + " (not \"" + job + "\")");
            } else if (schedules.containsKey(job)) {
                problems.bad(JOB_SCHEDULES, list, "each job at most once (" + job + " is given twice)");
            } else if (!isCron(cron)) {
                problems.bad(JOB_SCHEDULES, list, "a Quartz cron expression (UTC) for " + job
                        + ", such as 0 30 1 * * ? (not \"" + cron + "\")");
            } else {
                schedules.put(job, cron);
            }
        }
        return schedules;
    }

    private static boolean isCron(String cron) {
        try {
            return CronSchedules.nextFireTime(cron, Instant.now()).isPresent();
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    private static Duration duration(String name, String text, Duration min, Duration max, Duration fallback,
                                     Problems problems) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.compareTo(min) >= 0 && duration.compareTo(max) <= 0) {
                return duration;
            }
        } catch (DateTimeParseException unparsable) {
            // reported below
        }
        problems.bad(name, text, "an ISO-8601 duration from " + min + " to " + max + ", such as PT1S");
        return fallback;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
