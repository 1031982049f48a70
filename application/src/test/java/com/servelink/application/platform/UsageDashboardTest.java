package com.servelink.application.platform;

import com.servelink.application.port.in.billing.CancelAddOnUseCase.CancelAddOnCommand;
import com.servelink.application.port.in.billing.PreviewCancellationUseCase.CancellationPreview;
import com.servelink.application.port.in.billing.PreviewCancellationUseCase.PreviewCancellationQuery;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.port.in.usage.ExportUsageUseCase.ExportUsageQuery;
import com.servelink.application.port.in.usage.GetUsageHistoryUseCase.GetUsageHistoryQuery;
import com.servelink.application.port.in.usage.GetUsageSummaryUseCase.GetUsageSummaryQuery;
import com.servelink.application.port.in.usage.UsageHistory;
import com.servelink.application.port.in.usage.UsageSummary;
import com.servelink.application.port.in.usage.UsageSummary.ActiveAddOn;
import com.servelink.application.port.out.UsageRepository.ExportedSample;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.ForecastMethod;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.platform.PlatformSteps.sample;
import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.RIVAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage dashboard's use cases on one scenario: team {@code acme} (Pro) on 25 January 2025,
 * its projects reporting every day since the 1st, with a RAM add-on its memory needs.
 */
class UsageDashboardTest {
    private static final YearMonth JANUARY = YearMonth.of(2025, 1);

    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);
    private final Project api = steps.createProject(ACME, "api");
    private final Project web = steps.createProject(ACME, "web");
    private final PurchaseReceipt ram;

    UsageDashboardTest() {
        for (int day = 1; day <= 24; day++) {
            String date = JANUARY.atDay(day).toString();
            // 0.25 GB of traffic a day between them, 100 core-hours a day on api
            steps.report(sample(api.id(), date, "traffic_gb", "0.05"), sample(web.id(), date, "traffic_gb", "0.2"),
                    sample(api.id(), date, "cpu_core_hours", "100"));
        }
        steps.report(sample(api.id(), "2025-01-01", "memory_mb_peak", "4000"),
                sample(web.id(), "2025-01-01", "memory_mb_peak", "2000"),
                sample(api.id(), "2025-01-02", "memory_mb_peak", "4500"),
                sample(web.id(), "2025-01-02", "memory_mb_peak", "2000"),
                sample(api.id(), "2025-01-03", "memory_mb_peak", "4200"),
                sample(web.id(), "2025-01-03", "memory_mb_peak", "2000"));
        ram = core.buy(core.owner, ACME, "ram", 1);
        core.pay(ram);
    }

    private UsageSummary summary(Optional<YearMonth> month) {
        return core.usageSummary.summary(new GetUsageSummaryQuery(core.member, ACME, month));
    }

    private static MetricOutlook metric(UsageSummary summary, UsageMetric metric) {
        return summary.metrics().stream().filter(m -> m.metric() == metric).findFirst().orElseThrow();
    }

    @Nested
    class Summary {
        @Test
        void each_metric_has_its_days_its_limit_and_where_it_is_heading() {
            UsageSummary summary = summary(Optional.empty());
            assertThat(summary.month()).isEqualTo(JANUARY);
            assertThat(summary.asOf()).isEqualTo(LocalDate.parse("2025-01-25"));
            assertThat(summary.metrics()).extracting(MetricOutlook::metric).containsExactly(UsageMetric.values());

            MetricOutlook traffic = metric(summary, UsageMetric.TRAFFIC_GB);
            assertThat(traffic.used()).isEqualByComparingTo("6");
            assertThat(traffic.limit()).contains(new BigDecimal("10"));
            assertThat(traffic.percent()).contains(new BigDecimal("60.0"));
            assertThat(traffic.daily()).hasSize(25).last().satisfies(day ->
                    assertThat(day.value()).as("nothing reported today yet").isZero());
            // 6 GB in 24 days: 7.75 GB by the 31st, under the limit
            assertThat(traffic.forecast().forecast().orElseThrow().monthEnd()).isEqualByComparingTo("7.75");
            assertThat(traffic.reachesLimitOn()).isEmpty();
            assertThat(traffic.suggestion()).isEmpty();

            MetricOutlook cpu = metric(summary, UsageMetric.CPU_CORE_HOURS);
            // Pro's 4 cores: 2976 core-hours in January; 2400 in 24 days heads for 3100
            assertThat(cpu.limit()).contains(new BigDecimal("2976.0"));
            assertThat(cpu.forecast().forecast().orElseThrow().monthEnd()).isEqualByComparingTo("3100");
            assertThat(cpu.reachesLimitOn()).contains(LocalDate.parse("2025-01-30"));
            assertThat(cpu.suggestion()).hasValueSatisfying(s -> {
                assertThat(s.type()).isEqualTo(ResourceType.CPU);
                assertThat(s.quantity()).isEqualTo(1);
                assertThat(s.price()).isEqualTo(Money.eur("2.00"));
            });

            MetricOutlook memory = metric(summary, UsageMetric.MEMORY_MB_PEAK);
            assertThat(memory.used()).as("the highest day of the team's sum").isEqualByComparingTo("6500");
            assertThat(memory.limit()).as("plan 6144 + 500 of RAM").contains(new BigDecimal("6644"));
            assertThat(memory.forecast().forecast().orElseThrow().method()).isEqualTo(ForecastMethod.PEAK_SO_FAR);

            MetricOutlook storage = metric(summary, UsageMetric.STORAGE_MB);
            assertThat(storage.used()).isZero();
            assertThat(storage.forecast().forecast()).isEmpty();
            assertThat(storage.forecast().unavailableReason()).get().asString().contains("fewer than 3 days");
        }

        @Test
        void the_projects_with_the_most_traffic_come_first() {
            UsageSummary summary = summary(Optional.empty());
            assertThat(summary.topProjects()).extracting(p -> p.name()).containsExactly("web", "api");
            assertThat(summary.topProjects().get(0).usage().of(UsageMetric.TRAFFIC_GB)).isEqualByComparingTo("4.8");
            assertThat(summary.topProjects().get(1).usage().of(UsageMetric.CPU_CORE_HOURS)).isEqualByComparingTo("2400");
        }

        @Test
        void an_add_on_the_memory_needs_is_flagged_as_a_cliff() {
            UsageSummary summary = summary(Optional.empty());
            assertThat(summary.activeAddOns()).singleElement().satisfies(addOn -> {
                assertThat(addOn.resource().id().value()).isEqualTo(ram.resourceId().value());
                assertThat(addOn.isCliff()).isTrue();
                assertThat(addOn.withoutIt().ownMetric().limitAfter()).contains(new BigDecimal("6144"));
            });
        }

        @Test
        void a_past_month_is_held_against_the_limits_at_its_end_and_a_future_month_is_refused() {
            UsageSummary december = summary(Optional.of(YearMonth.of(2024, 12)));
            assertThat(december.limits().memoryMb()).as("the add-on was bought in January").isEqualTo(6144);
            assertThat(december.asOf()).isEqualTo(LocalDate.parse("2024-12-31"));
            assertThat(metric(december, UsageMetric.TRAFFIC_GB).daily()).hasSize(31);
            assertThat(december.activeAddOns()).as("what counts now").hasSize(1);

            refusedFields(() -> summary(Optional.of(YearMonth.of(2025, 2))), "month");
        }

        @Test
        void a_non_member_learns_nothing() {
            refused(() -> core.usageSummary.summary(new GetUsageSummaryQuery(core.rivalOwner, ACME,
                    Optional.empty())), ErrorCode.NOT_FOUND);
        }
    }

    @Nested
    class History {
        @Test
        void months_oldest_first_with_the_limit_in_force_at_each_end() {
            UsageHistory history = core.usageHistory.history(new GetUsageHistoryQuery(core.member, ACME, 3));
            assertThat(history.months()).extracting(UsageHistory.Month::month)
                    .containsExactly(YearMonth.of(2024, 11), YearMonth.of(2024, 12), JANUARY);
            UsageHistory.MetricTotal novemberMemory = history.months().get(0).metrics().get(1);
            assertThat(novemberMemory.metric()).isEqualTo(UsageMetric.MEMORY_MB_PEAK);
            assertThat(novemberMemory.total()).isZero();
            assertThat(novemberMemory.limit()).contains(new BigDecimal("6144"));
            UsageHistory.MetricTotal januaryMemory = history.months().get(2).metrics().get(1);
            assertThat(januaryMemory.total()).isEqualByComparingTo("6500");
            assertThat(januaryMemory.limit()).contains(new BigDecimal("6644"));
            assertThat(history.months().get(2).metrics().get(2).total()).isEqualByComparingTo("6");
            assertThat(history.months().get(1).metrics().get(0).limit()).as("31 days of 4 cores")
                    .contains(new BigDecimal("2976.0"));
        }

        @Test
        void from_1_to_24_months() {
            assertThat(core.usageHistory.history(new GetUsageHistoryQuery(core.member, ACME, 24)).months()).hasSize(24);
            for (int months : new int[]{0, 25, -1}) {
                refusedFields(() -> core.usageHistory.history(new GetUsageHistoryQuery(core.member, ACME, months)),
                        "months");
            }
        }
    }

    @Nested
    class Export {
        @Test
        void every_sample_of_the_range_in_order_day_then_project() {
            List<ExportedSample> rows = new ArrayList<>();
            var export = core.exportUsage.prepare(new ExportUsageQuery(core.member, ACME, LocalDate.parse("2025-01-02"),
                    LocalDate.parse("2025-01-03")));
            assertThat(export.writeTo(rows::add)).isEqualTo(10);
            assertThat(rows).extracting(r -> r.day().toString() + " " + r.projectName() + " " + r.metric().code())
                    .containsExactly("2025-01-02 api cpu_core_hours", "2025-01-02 api memory_mb_peak",
                            "2025-01-02 api traffic_gb", "2025-01-02 web memory_mb_peak", "2025-01-02 web traffic_gb",
                            "2025-01-03 api cpu_core_hours", "2025-01-03 api memory_mb_peak",
                            "2025-01-03 api traffic_gb", "2025-01-03 web memory_mb_peak", "2025-01-03 web traffic_gb");
        }

        @Test
        void a_range_backwards_or_over_366_days_is_refused_before_anything_is_read() {
            refusedFields(() -> core.exportUsage.prepare(new ExportUsageQuery(core.member, ACME,
                    LocalDate.parse("2025-01-03"), LocalDate.parse("2025-01-02"))), "to");
            refusedFields(() -> core.exportUsage.prepare(new ExportUsageQuery(core.member, ACME,
                    LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"))), "to");
            assertThat(core.exportUsage.prepare(new ExportUsageQuery(core.member, ACME, LocalDate.parse("2024-01-02"),
                    LocalDate.parse("2025-01-01"))).to()).as("366 days, a leap year").isEqualTo(LocalDate.parse("2025-01-01"));
            refused(() -> core.exportUsage.prepare(new ExportUsageQuery(core.rivalOwner, ACME,
                    LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-02"))), ErrorCode.NOT_FOUND);
        }
    }

    @Nested
    class CancelPreview {
        private CancellationPreview preview(ResourceId id) {
            return core.previewCancellation.preview(new PreviewCancellationQuery(core.member, ACME, id));
        }

        @Test
        void cancelling_the_ram_the_memory_needs_is_a_cliff() {
            CancellationPreview preview = preview(ram.resourceId());
            assertThat(preview.month()).isEqualTo(JANUARY);
            assertThat(preview.preview().before().memoryMb()).isEqualTo(6644);
            assertThat(preview.preview().after().memoryMb()).isEqualTo(6144);
            assertThat(preview.preview().isCliff()).isTrue();
            assertThat(preview.preview().metrics()).filteredOn(m -> m.overAfter())
                    .extracting(m -> m.metric()).containsExactly(UsageMetric.CPU_CORE_HOURS, UsageMetric.MEMORY_MB_PEAK);
            assertThat(core.limitsOf(core.owner, ACME).memoryMb()).as("a preview changes nothing").isEqualTo(6644);
        }

        @Test
        void an_add_on_nothing_needs_is_no_cliff_and_one_that_cannot_be_cancelled_is_a_conflict() {
            PurchaseReceipt storage = core.buy(core.owner, ACME, "storage", 1);
            core.pay(storage);
            assertThat(preview(storage.resourceId()).preview().isCliff()).isFalse();

            core.cancel.cancel(new CancelAddOnCommand(core.owner, ACME, storage.resourceId()));
            refused(() -> preview(storage.resourceId()), ErrorCode.INVALID_TRANSITION);
            refused(() -> core.previewCancellation.preview(new PreviewCancellationQuery(core.rivalOwner,
                    RIVAL, ram.resourceId())), ErrorCode.NOT_FOUND);
        }
    }

    @Nested
    class LimitsJob {
        private List<UsageAlert> alerts(AlertLevel level) {
            return steps.alertsOf(ACME).stream().filter(a -> a.level() == level).toList();
        }

        @Test
        void a_threshold_alert_carries_the_forecast_day_and_the_add_on_that_covers_it() {
            core.checkUsageLimits.checkUsageLimits();
            UsageAlert cpuWarning = steps.alertsOf(ACME).stream()
                    .filter(a -> a.metric() == UsageMetric.CPU_CORE_HOURS && a.level() == AlertLevel.WARNING)
                    .findFirst().orElseThrow();
            assertThat(cpuWarning.reachesLimitOn()).contains(LocalDate.parse("2025-01-30"));
            assertThat(cpuWarning.suggestion()).hasValueSatisfying(s -> assertThat(s.quantity()).isEqualTo(1));
        }

        @Test
        void a_cliff_is_recorded_seven_days_before_the_expiry_and_again_the_day_before() {
            Instant expiry = core.resourcesOf(core.owner, ACME).resources().get(0).expiresAt().orElseThrow();
            core.clock.set(expiry.minus(java.time.Duration.ofDays(8)));
            for (int day = 1; day <= 3; day++) {
                steps.report(sample(api.id(), "2025-02-0" + day, "memory_mb_peak", "6500"));
            }
            core.checkUsageLimits.checkUsageLimits();
            assertThat(alerts(AlertLevel.CLIFF)).as("eight days before: not yet").isEmpty();

            core.clock.set(expiry.minus(java.time.Duration.ofDays(7)));
            core.checkUsageLimits.checkUsageLimits();
            core.checkUsageLimits.checkUsageLimits();
            assertThat(alerts(AlertLevel.CLIFF)).singleElement().satisfies(cliff -> {
                assertThat(cliff.metric()).isEqualTo(UsageMetric.MEMORY_MB_PEAK);
                assertThat(cliff.limit()).as("the limit once it is gone").isEqualByComparingTo("6144");
                assertThat(cliff.cliff().orElseThrow().withinDays()).isEqualTo(7);
                assertThat(cliff.cliff().orElseThrow().resourceId()).isEqualTo(ram.resourceId());
                assertThat(cliff.month()).isEqualTo(YearMonth.of(2025, 2));
            });

            core.clock.set(expiry.minus(java.time.Duration.ofHours(20)));
            core.checkUsageLimits.checkUsageLimits();
            core.checkUsageLimits.checkUsageLimits();
            assertThat(alerts(AlertLevel.CLIFF)).extracting(a -> a.cliff().orElseThrow().withinDays())
                    .containsExactlyInAnyOrder(7, 1);
        }

        @Test
        void an_expiring_add_on_the_usage_does_not_need_raises_no_cliff() {
            Instant expiry = core.resourcesOf(core.owner, ACME).resources().get(0).expiresAt().orElseThrow();
            core.clock.set(expiry.minus(java.time.Duration.ofHours(2)));
            steps.report(sample(api.id(), "2025-02-01", "memory_mb_peak", "100"),
                    sample(api.id(), "2025-02-02", "memory_mb_peak", "100"),
                    sample(api.id(), "2025-02-03", "memory_mb_peak", "100"));
            core.checkUsageLimits.checkUsageLimits();
            assertThat(alerts(AlertLevel.CLIFF)).isEmpty();
        }
    }
}
