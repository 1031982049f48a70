package com.servelink.application.platform;

import com.servelink.application.port.in.platform.ListUsageAlertsUseCase.ListUsageAlertsQuery;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import static com.servelink.application.platform.PlatformSteps.sample;
import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.RIVAL;
import static com.servelink.application.testing.TestCore.TINY;
import static com.servelink.domain.platform.AlertLevel.CRITICAL;
import static com.servelink.domain.platform.AlertLevel.EXCEEDED;
import static com.servelink.domain.platform.AlertLevel.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The {@code check_usage_limits_task} job: usage this month against plan plus add-ons. */
class UsageLimitsJobTest {
    private static final YearMonth JANUARY = YearMonth.of(2025, 1);

    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);
    private final Project blog = steps.createProject(TINY, "blog");

    private int runJob() {
        return core.checkUsageLimits.checkUsageLimits();
    }

    @Test
    void alerts_are_recorded_at_80_95_and_100_percent_once_each() {
        // Free traffic is 5 GB a month
        steps.report(sample(blog.id(), "2025-01-10", "traffic_gb", "3.9"));
        assertThat(runJob()).isZero();

        steps.report(sample(blog.id(), "2025-01-11", "traffic_gb", "0.1"));
        assertThat(runJob()).isEqualTo(1);
        assertThat(runJob()).as("not repeated").isZero();

        steps.report(sample(blog.id(), "2025-01-12", "traffic_gb", "0.75"));
        assertThat(runJob()).isEqualTo(1);

        steps.report(sample(blog.id(), "2025-01-13", "traffic_gb", "0.25"));
        assertThat(runJob()).isEqualTo(1);
        assertThat(runJob()).isZero();

        assertThat(steps.alertsOf(TINY)).extracting(UsageAlert::metric, UsageAlert::level)
                .containsExactlyInAnyOrder(tuple(UsageMetric.TRAFFIC_GB, WARNING), tuple(UsageMetric.TRAFFIC_GB, CRITICAL),
                        tuple(UsageMetric.TRAFFIC_GB, EXCEEDED));
        UsageAlert exceeded = steps.alertsOf(TINY).get(0);
        assertThat(exceeded.level()).as("newest first").isEqualTo(EXCEEDED);
        assertThat(exceeded.month()).isEqualTo(JANUARY);
        assertThat(exceeded.used()).isEqualByComparingTo("5.00");
        assertThat(exceeded.limit()).isEqualByComparingTo("5");
        assertThat(exceeded.id().value()).startsWith("alert_");
        assertThat(core.events.eventsOf(PlatformEvent.UsageAlertRaised.class)).hasSize(3);
    }

    @Test
    void usage_jumping_past_every_level_records_every_level() {
        steps.report(sample(blog.id(), "2025-01-10", "storage_mb", "150"));
        assertThat(runJob()).isEqualTo(3);
        assertThat(steps.alertsOf(TINY)).extracting(UsageAlert::level)
                .containsExactly(EXCEEDED, CRITICAL, WARNING);
    }

    @Test
    void an_active_add_on_raises_the_limit_so_fewer_alerts_are_due() {
        Project acmeApi = steps.createProject(ACME, "api");
        Project rivalApi = steps.createProject(RIVAL, "api");
        // Pro traffic is 10 GB; acme's traffic add-on brings it to 20 GB
        core.pay(core.buy(core.owner, ACME, "traffic", 1));
        core.buy(core.rivalOwner, RIVAL, "traffic", 1); // pending, never paid: does not count
        steps.report(sample(acmeApi.id(), "2025-01-20", "traffic_gb", "9.6"),
                sample(rivalApi.id(), "2025-01-20", "traffic_gb", "9.6"));

        assertThat(runJob()).isEqualTo(2);
        assertThat(steps.alertsOf(RIVAL)).extracting(UsageAlert::level).containsExactly(CRITICAL, WARNING);
        assertThat(steps.alertsOf(ACME)).isEmpty();

        steps.report(sample(acmeApi.id(), "2025-01-21", "traffic_gb", "6.4"));
        assertThat(runJob()).isEqualTo(1);
        assertThat(steps.alertsOf(ACME)).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(WARNING);
            assertThat(alert.limit()).isEqualByComparingTo("20");
        });
    }

    @Test
    void an_expired_add_on_no_longer_raises_the_limit() {
        Project acmeApi = steps.createProject(ACME, "api");
        core.pay(core.buy(core.owner, ACME, "traffic", 1));
        steps.report(sample(acmeApi.id(), "2025-01-20", "traffic_gb", "9.6"));
        assertThat(runJob()).isZero();

        core.clock.advance(Duration.ofHours(720));
        // the month changed too: February's usage is compared with the plan alone
        steps.report(sample(acmeApi.id(), "2025-02-20", "traffic_gb", "9.6"));
        assertThat(runJob()).isEqualTo(2);
    }

    @Test
    void a_new_month_alerts_again() {
        steps.report(sample(blog.id(), "2025-01-10", "traffic_gb", "4"));
        assertThat(runJob()).isEqualTo(1);

        core.clock.set(Instant.parse("2025-02-01T06:00:00Z"));
        assertThat(runJob()).as("January's usage does not count in February").isZero();
        steps.report(sample(blog.id(), "2025-02-01", "traffic_gb", "4"));
        assertThat(runJob()).isEqualTo(1);
        assertThat(runJob()).isZero();

        assertThat(steps.alertsOf(TINY)).extracting(UsageAlert::month)
                .containsExactly(YearMonth.of(2025, 2), JANUARY);
        assertThat(core.listUsageAlerts.list(new ListUsageAlertsQuery(core.freeOwner, TINY,
                Optional.of(JANUARY))).items()).hasSize(1);
    }

    @Test
    void the_month_is_the_utc_month_of_the_clock() {
        core.clock.set(Instant.parse("2025-01-31T23:59:59Z"));
        steps.report(sample(blog.id(), "2025-01-31", "traffic_gb", "4"));
        assertThat(runJob()).isEqualTo(1);
        core.clock.set(Instant.parse("2025-02-01T00:00:00Z"));
        steps.report(sample(blog.id(), "2025-02-01", "traffic_gb", "4"));
        assertThat(runJob()).isEqualTo(1);
    }

    @Test
    void levels_take_the_peak_day_of_the_team_and_cpu_counts_the_hours_of_the_month() {
        Project shop = steps.createProject(TINY, "shop");
        // Free memory is 100 MB: 50 + 30 on the same day is 80 %; 70 alone on another day is not
        steps.report(sample(blog.id(), "2025-01-05", "memory_mb_peak", "50"),
                sample(shop.id(), "2025-01-05", "memory_mb_peak", "30"),
                sample(blog.id(), "2025-01-06", "memory_mb_peak", "70"),
                // Free CPU is 0.3 core: 223.2 core-hours in January; 80 % is 178.56
                sample(blog.id(), "2025-01-05", "cpu_core_hours", "100"),
                sample(shop.id(), "2025-01-06", "cpu_core_hours", "78.56"));
        assertThat(runJob()).isEqualTo(2);
        assertThat(steps.alertsOf(TINY)).extracting(UsageAlert::metric, UsageAlert::level)
                .containsExactlyInAnyOrder(tuple(UsageMetric.MEMORY_MB_PEAK, WARNING),
                        tuple(UsageMetric.CPU_CORE_HOURS, WARNING));
    }

    @Test
    void alerts_are_shown_to_members_only() {
        steps.report(sample(blog.id(), "2025-01-10", "traffic_gb", "5"));
        runJob();
        for (var outsider : new com.servelink.application.port.in.access.Actor[]{core.owner, core.staff,
                core.operator}) {
            refused(() -> core.listUsageAlerts.list(new ListUsageAlertsQuery(outsider, TINY, Optional.empty())),
                    ErrorCode.NOT_FOUND);
        }
        assertThat(core.listUsageAlerts.list(new ListUsageAlertsQuery(core.freeOwner, TINY, Optional.empty())).items())
                .extracting(UsageAlert::level).containsExactly(EXCEEDED, CRITICAL, WARNING);
        assertThat(AlertLevel.thresholds()).extracting(AlertLevel::percent).containsExactly(80, 95, 100);
    }
}
