package com.servelink.domain.platform;

import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PlanLimits;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.platform.UsageLimitPolicy.LimitCrossing;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static com.servelink.domain.platform.AlertLevel.CRITICAL;
import static com.servelink.domain.platform.AlertLevel.EXCEEDED;
import static com.servelink.domain.platform.AlertLevel.WARNING;
import static com.servelink.domain.platform.UsageMetric.CPU_CORE_HOURS;
import static com.servelink.domain.platform.UsageMetric.MEMORY_MB_PEAK;
import static com.servelink.domain.platform.UsageMetric.STORAGE_MB;
import static com.servelink.domain.platform.UsageMetric.TRAFFIC_GB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UsageTest {
    private static final YearMonth JANUARY = YearMonth.of(2025, 1);
    private static final ProjectId SHOP = ProjectId.fromOpaque("shop");
    private static final ProjectId BLOG = ProjectId.fromOpaque("blog");
    private static final TeamLimits FREE = TeamLimits.of(TestCatalog.free().limits(), AddOnTotals.NONE);
    private static final TeamLimits PRO = TeamLimits.of(TestCatalog.pro().limits(), AddOnTotals.NONE);

    private static UsageSample sample(ProjectId project, int day, UsageMetric metric, String amount) {
        return new UsageSample(project, JANUARY.atDay(day), metric, new BigDecimal(amount));
    }

    private static MonthlyUsage usage(UsageMetric metric, String amount) {
        return new MonthlyUsage(JANUARY, Map.of(metric, new BigDecimal(amount)));
    }

    @Nested
    class Samples {
        @ParameterizedTest
        @ValueSource(strings = {"0", "1.5", "123456789012345.123456", "2.5000000"})
        void amounts_from_zero_with_six_decimals_and_fifteen_digits_are_accepted(String amount) {
            assertThat(sample(SHOP, 1, TRAFFIC_GB, amount).amount()).isEqualByComparingTo(amount);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.000001", "0.0000001", "1234567890123456"})
        void other_amounts_are_refused_naming_the_field(String amount) {
            DomainException refusal = assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> sample(SHOP, 1, TRAFFIC_GB, amount)).actual();
            assertThat(refusal.fieldErrors()).extracting(FieldError::field).containsExactly("amount");
        }

        @Test
        void metrics_have_wire_codes() {
            assertThat(UsageMetric.codes()).isEqualTo("cpu_core_hours, memory_mb_peak, traffic_gb, storage_mb");
            assertThat(UsageMetric.fromCode("memory_mb_peak", "metric")).isEqualTo(MEMORY_MB_PEAK);
            assertThatExceptionOfType(DomainException.class).isThrownBy(() -> UsageMetric.fromCode("ram", "metric"));
        }
    }

    @Nested
    class Monthly_aggregation {
        @Test
        void flows_are_summed_over_days_and_projects() {
            MonthlyUsage usage = MonthlyUsage.aggregate(JANUARY, List.of(
                    sample(SHOP, 1, TRAFFIC_GB, "1.5"), sample(SHOP, 2, TRAFFIC_GB, "2"),
                    sample(BLOG, 2, TRAFFIC_GB, "0.5"), sample(SHOP, 3, CPU_CORE_HOURS, "7.2")));
            assertThat(usage.of(TRAFFIC_GB)).isEqualByComparingTo("4.0");
            assertThat(usage.of(CPU_CORE_HOURS)).isEqualByComparingTo("7.2");
        }

        @Test
        void levels_take_the_highest_day_of_the_team() {
            MonthlyUsage usage = MonthlyUsage.aggregate(JANUARY, List.of(
                    sample(SHOP, 1, STORAGE_MB, "60"), sample(BLOG, 1, STORAGE_MB, "30"),
                    sample(SHOP, 2, STORAGE_MB, "80"), sample(BLOG, 2, STORAGE_MB, "5"),
                    sample(SHOP, 3, MEMORY_MB_PEAK, "50"), sample(SHOP, 4, MEMORY_MB_PEAK, "70")));
            assertThat(usage.of(STORAGE_MB)).isEqualByComparingTo("90");
            assertThat(usage.of(MEMORY_MB_PEAK)).isEqualByComparingTo("70");
        }

        @Test
        void other_months_are_ignored_and_missing_metrics_are_zero() {
            MonthlyUsage usage = MonthlyUsage.aggregate(JANUARY, List.of(
                    new UsageSample(SHOP, LocalDate.of(2024, 12, 31), TRAFFIC_GB, BigDecimal.TEN),
                    new UsageSample(SHOP, LocalDate.of(2025, 2, 1), TRAFFIC_GB, BigDecimal.TEN)));
            assertThat(usage.of(TRAFFIC_GB)).isEqualByComparingTo("0");
            assertThat(usage.totals()).isEmpty();
        }
    }

    @Nested
    class Limit_policy {
        @ParameterizedTest
        @CsvSource({
                "3.99, ''",
                "4, warning",
                "4.749, warning",
                "4.75, warning critical",
                "4.999999, warning critical",
                "5, warning critical exceeded",
                "50, warning critical exceeded"})
        void free_traffic_of_5_gb_alerts_at_80_95_and_100_percent(String used, String levels) {
            List<AlertLevel> expected = levels.isBlank() ? List.of()
                    : java.util.Arrays.stream(levels.split(" ")).map(l -> AlertLevel.valueOf(l.toUpperCase())).toList();
            assertThat(UsageLimitPolicy.crossings(usage(TRAFFIC_GB, used), FREE))
                    .extracting(LimitCrossing::level).containsExactlyElementsOf(expected);
        }

        @Test
        void a_crossing_carries_the_usage_and_the_limit() {
            assertThat(UsageLimitPolicy.crossings(usage(TRAFFIC_GB, "4"), FREE)).singleElement()
                    .satisfies(c -> {
                        assertThat(c.metric()).isEqualTo(TRAFFIC_GB);
                        assertThat(c.used()).isEqualByComparingTo("4");
                        assertThat(c.limit()).isEqualByComparingTo("5");
                    });
        }

        @Test
        void cpu_core_hours_are_compared_with_cores_times_the_hours_of_the_month() {
            // Free: 0.3 core × 24 h × 31 days = 223.2 core-hours in January; February 2025 has 28 days
            assertThat(UsageLimitPolicy.monthlyLimit(CPU_CORE_HOURS, FREE, JANUARY)).get()
                    .satisfies(limit -> assertThat(limit).isEqualByComparingTo("223.2"));
            assertThat(UsageLimitPolicy.monthlyLimit(CPU_CORE_HOURS, FREE, YearMonth.of(2025, 2))).get()
                    .satisfies(limit -> assertThat(limit).isEqualByComparingTo("201.6"));
            assertThat(UsageLimitPolicy.crossings(usage(CPU_CORE_HOURS, "178.55"), FREE)).isEmpty();
            assertThat(UsageLimitPolicy.crossings(usage(CPU_CORE_HOURS, "178.56"), FREE))
                    .extracting(LimitCrossing::level).containsExactly(WARNING);
        }

        @Test
        void memory_and_storage_are_compared_with_the_pools_including_add_ons() {
            TeamLimits withAddOns = TeamLimits.of(TestCatalog.pro().limits(),
                    AddOnTotals.fromUnits(Map.of(ResourceType.RAM, 1L, ResourceType.STORAGE, 1L)));
            assertThat(UsageLimitPolicy.crossings(usage(MEMORY_MB_PEAK, "6400"), PRO))
                    .extracting(LimitCrossing::level).containsExactly(WARNING, CRITICAL, EXCEEDED);
            assertThat(UsageLimitPolicy.crossings(usage(MEMORY_MB_PEAK, "6400"), withAddOns))
                    .extracting(LimitCrossing::level).containsExactly(WARNING, CRITICAL);
            assertThat(UsageLimitPolicy.monthlyLimit(STORAGE_MB, withAddOns, JANUARY)).get()
                    .satisfies(limit -> assertThat(limit).isEqualByComparingTo("20480"));
        }

        @Test
        void a_zero_limit_is_reached_by_any_use_and_nothing_used_never_alerts() {
            TeamLimits zero = TeamLimits.of(new PlanLimits(BigDecimal.ZERO, 0, 0, 0, 1, 1), AddOnTotals.NONE);
            assertThat(UsageLimitPolicy.crossings(MonthlyUsage.none(JANUARY), zero)).isEmpty();
            assertThat(UsageLimitPolicy.crossings(usage(TRAFFIC_GB, "0"), zero)).isEmpty();
            assertThat(UsageLimitPolicy.crossings(usage(TRAFFIC_GB, "0.000001"), zero))
                    .extracting(LimitCrossing::level).containsExactly(WARNING, CRITICAL, EXCEEDED);
        }

        @Test
        void a_negative_limit_means_unlimited_and_never_alerts() {
            TeamLimits unlimitedTraffic = new TeamLimits(BigDecimal.ONE, 100, -1, 100,
                    TestCatalog.free().limits(), AddOnTotals.NONE);
            assertThat(UsageLimitPolicy.monthlyLimit(TRAFFIC_GB, unlimitedTraffic, JANUARY)).isEmpty();
            assertThat(UsageLimitPolicy.crossings(usage(TRAFFIC_GB, "1000000"), unlimitedTraffic)).isEmpty();
        }

        @Test
        void an_alert_is_raised_from_a_crossing_and_keyed_by_team_metric_level_and_month() {
            LimitCrossing crossing = UsageLimitPolicy.crossings(usage(TRAFFIC_GB, "4"), FREE).get(0);
            UsageAlert alert = UsageAlert.raise(UsageAlertId.fromOpaque("a1"),
                    com.servelink.domain.team.TeamId.fromOpaque("tiny"), JANUARY, crossing,
                    java.time.Instant.parse("2025-01-20T06:00:00Z"));
            assertThat(alert.id().value()).isEqualTo("alert_a1");
            assertThat(alert.key()).isEqualTo(UsageAlert.Key.threshold(alert.teamId(), TRAFFIC_GB, WARNING, JANUARY));
            assertThat(WARNING.code()).isEqualTo("warning");
        }
    }
}
