package com.servelink.bootstrap.config;

import com.servelink.application.port.in.admin.JobDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scheduler's operations and test settings, read and checked with the other variables. */
class SchedulerTuningTest {

    @Test
    void unsetTheSpecSchedulesQuartzsCheckInAndNoDelay() {
        assertThat(Configuration.defaults().schedulerTuning()).isEqualTo(SchedulerTuning.defaults());
        assertThat(SchedulerTuning.defaults().schedules()).isEmpty();
        assertThat(SchedulerTuning.defaults().clusterCheckin()).isEqualTo(Duration.ofMillis(7500));
        assertThat(SchedulerTuning.defaults().testJobDelay()).isZero();
    }

    @Test
    void readsSchedulesCheckInAndDelay() {
        Configuration config = Configuration.fromEnvironment(Map.of(
                SchedulerTuning.JOB_SCHEDULES, " reconcile_payments = 0/15 * * * * ? ; check_inactive_projects=0 30 1,13 * * ?;",
                SchedulerTuning.CHECKIN_INTERVAL, "PT1S",
                SchedulerTuning.TEST_JOB_DELAY, "PT5S"));
        SchedulerTuning tuning = config.schedulerTuning();
        assertThat(tuning.schedules()).containsOnly(Map.entry("reconcile_payments", "0/15 * * * * ?"),
                Map.entry("check_inactive_projects", "0 30 1,13 * * ?"));
        assertThat(tuning.clusterCheckin()).isEqualTo(Duration.ofSeconds(1));
        assertThat(tuning.testJobDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.withHttpPort(1234).schedulerTuning()).isEqualTo(tuning);
        assertThat(Configuration.unrecognizedVariables(Map.of(SchedulerTuning.JOB_SCHEDULES, "",
                SchedulerTuning.CHECKIN_INTERVAL, "", SchedulerTuning.TEST_JOB_DELAY, ""))).isEmpty();
    }

    @Test
    void replacesTheScheduleOfTheNamedJobsOnly() {
        SchedulerTuning tuning = new SchedulerTuning(Map.of("reconcile_payments", "0/15 * * * * ?"),
                SchedulerTuning.DEFAULT_CHECKIN, Duration.ZERO);
        List<JobDefinition> jobs = tuning.apply(List.of(new JobDefinition("reconcile_payments", "0 0 * * * ?", () -> 7),
                new JobDefinition("expire_additional_resources", "0 0 5 * * ?", () -> 0)));
        assertThat(jobs).extracting(JobDefinition::name, JobDefinition::cronUtc).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reconcile_payments", "0/15 * * * * ?"),
                org.assertj.core.groups.Tuple.tuple("expire_additional_resources", "0 0 5 * * ?"));
        assertThat(jobs.get(0).work().getAsInt()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "SERVELINK_JOB_SCHEDULES|reconcile_payments|job=cron entries separated by ';'",
            "SERVELINK_JOB_SCHEDULES|nightly_backup=0 0 1 * * ?|job=cron entries separated by ';', the job one of check_inactive_projects,",
            "SERVELINK_JOB_SCHEDULES|reconcile_payments=every minute|a Quartz cron expression (UTC) for reconcile_payments",
            "SERVELINK_JOB_SCHEDULES|reconcile_payments=0 0 * * *|a Quartz cron expression (UTC) for reconcile_payments",
            "SERVELINK_JOB_SCHEDULES|reconcile_payments=0 0 * * * ?;reconcile_payments=0 30 * * * ?|each job at most once",
            "SERVELINK_SCHEDULER_CHECKIN_INTERVAL|1s|an ISO-8601 duration from PT0.1S to PT5M",
            "SERVELINK_SCHEDULER_CHECKIN_INTERVAL|PT0S|an ISO-8601 duration from PT0.1S to PT5M",
            "SERVELINK_SCHEDULER_CHECKIN_INTERVAL|PT6M|an ISO-8601 duration from PT0.1S to PT5M",
            "SERVELINK_TEST_JOB_DELAY|-PT1S|an ISO-8601 duration from PT0S to PT10M",
            "SERVELINK_TEST_JOB_DELAY|PT11M|an ISO-8601 duration from PT0S to PT10M",
    })
    void namesTheVariableItsValueAndWhatIsExpected(String variable, String value, String expected) {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(variable, value)))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith(variable + "=\"" + value + "\": expected " + expected));
    }

    @Test
    void everyBadVariableIsReportedWithTheOthers() {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(Configuration.HTTP_PORT, "x",
                SchedulerTuning.CHECKIN_INTERVAL, "x", SchedulerTuning.TEST_JOB_DELAY, "x")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .hasSize(3));
    }
}
