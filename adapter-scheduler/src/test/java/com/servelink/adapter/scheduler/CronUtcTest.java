package com.servelink.adapter.scheduler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quartz.CronTrigger;
import org.quartz.TriggerBuilder;

import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** The SPEC's jobs fire at their UTC times even when the JVM's default zone is far from UTC. */
class CronUtcTest {
    private TimeZone original;

    @BeforeEach
    void farFromUtc() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(original);
    }

    @ParameterizedTest(name = "{0} fires at {2}")
    @CsvSource({
            "check_inactive_projects,      0 0 2 * * ?, 2026-03-29T02:00:00Z",
            "cleanup_inactive_deployments, 0 0 3 * * ?, 2026-03-29T03:00:00Z",
            "update_project_storage,       0 0 4 * * ?, 2026-03-29T04:00:00Z",
            "expire_additional_resources,  0 0 5 * * ?, 2026-03-29T05:00:00Z",
            "check_usage_limits_task,      0 0 6 * * ?, 2026-03-29T06:00:00Z",
            "reconcile_payments,           0 0 * * * ?, 2026-03-29T01:00:00Z"})
    void the_cron_expressions_fire_at_the_spec_s_utc_times(String job, String cron, String expected) {
        // 00:30 UTC on the night Europe moves its clocks: no daylight saving in UTC
        Instant after = Instant.parse("2026-03-29T00:30:00Z");
        assertThat(CronSchedules.nextFireTime(cron, after)).contains(Instant.parse(expected));

        CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(job).startAt(Date.from(after.minusSeconds(86_400)))
                .withSchedule(CronSchedules.utc(cron)).build();
        assertThat(trigger.getTimeZone().getID()).isEqualTo("UTC");
        assertThat(trigger.getFireTimeAfter(Date.from(after)).toInstant()).isEqualTo(Instant.parse(expected));
        Instant next = Instant.parse(expected);
        assertThat(trigger.getFireTimeAfter(Date.from(next)).toInstant())
                .isEqualTo(cron.contains("* * * ?") && cron.startsWith("0 0 *") ? next.plusSeconds(3600)
                        : next.plusSeconds(86_400));
    }
}
