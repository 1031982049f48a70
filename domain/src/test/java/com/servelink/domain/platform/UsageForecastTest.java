package com.servelink.domain.platform;

import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's arithmetic: forecasts, the add-on that covers them, and the limit cliff. */
class UsageForecastTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final YearMonth FEBRUARY = YearMonth.of(2027, 2);
    private static final Plan PRO = TestCatalog.pro();
    private static final Plan FREE = TestCatalog.free();

    private static DailyUsage days(UsageMetric metric, YearMonth month, Object... dayThenValue) {
        List<DailyValue> values = new ArrayList<>();
        for (int i = 0; i < dayThenValue.length; i += 2) {
            values.add(new DailyValue(month.atDay((Integer) dayThenValue[i]), new BigDecimal((String) dayThenValue[i + 1])));
        }
        return new DailyUsage(metric, month, values);
    }

    private static UsageForecast forecast(DailyUsage usage, String limit, LocalDate asOf) {
        return UsageForecaster.forecast(usage, Optional.ofNullable(limit).map(BigDecimal::new), asOf).forecast()
                .orElseThrow();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Flows {
        private final DailyUsage fiveGbInFiveDays = days(UsageMetric.TRAFFIC_GB, DECEMBER,
                1, "1", 2, "1", 3, "1", 4, "1", 5, "1");

        @Test
        void a_flow_goes_on_at_its_daily_rate_to_the_end_of_a_31_day_month() {
            UsageForecast f = forecast(fiveGbInFiveDays, "10", DECEMBER.atDay(5));
            assertThat(f.method()).isEqualTo(ForecastMethod.LINEAR_DAILY_RATE);
            assertThat(f.monthEnd()).isEqualByComparingTo("31");
            assertThat(f.monthEnd().scale()).isEqualTo(2);
            assertThat(f.percent()).contains(d("310.0"));
            // 1 GB a day reaches 10 GB at the end of the 10th
            assertThat(f.reachesLimitOn()).contains(DECEMBER.atDay(10));
        }

        @Test
        void a_forecast_landing_exactly_on_the_limit_reaches_it_on_the_last_day() {
            UsageForecast f = forecast(fiveGbInFiveDays, "31", DECEMBER.atDay(5));
            assertThat(f.reachesLimitOn()).contains(DECEMBER.atDay(31));
            assertThat(f.percent()).contains(d("100.0"));
            assertThat(forecast(fiveGbInFiveDays, "31.000001", DECEMBER.atDay(5)).reachesLimitOn()).isEmpty();
            assertThat(forecast(fiveGbInFiveDays, "30.999999", DECEMBER.atDay(5)).reachesLimitOn())
                    .contains(DECEMBER.atDay(31));
        }

        @Test
        void february_has_28_days() {
            DailyUsage usage = days(UsageMetric.TRAFFIC_GB, FEBRUARY, 1, "2.5", 2, "2.5", 3, "2.5", 4, "2.5");
            UsageForecast f = forecast(usage, "70", FEBRUARY.atDay(4));
            assertThat(f.monthEnd()).isEqualByComparingTo("70");
            assertThat(f.reachesLimitOn()).contains(FEBRUARY.atDay(28));
            assertThat(forecast(usage, "70.01", FEBRUARY.atDay(4)).reachesLimitOn()).isEmpty();
        }

        @Test
        void days_without_a_report_count_as_no_use_up_to_the_last_report() {
            DailyUsage usage = days(UsageMetric.CPU_CORE_HOURS, DECEMBER, 1, "2", 3, "2", 5, "2");
            // 6 core-hours over 5 days, carried over 31 days: 37.2; a rounding division, shown with 2 decimals
            assertThat(forecast(usage, null, DECEMBER.atDay(6)).monthEnd()).isEqualByComparingTo("37.20");
            assertThat(forecast(days(UsageMetric.CPU_CORE_HOURS, DECEMBER, 1, "1", 2, "1", 3, "0"), null,
                    DECEMBER.atDay(3)).monthEnd()).isEqualByComparingTo("20.67");
        }

        @Test
        void a_limit_already_passed_is_reported_on_the_day_it_was_passed() {
            DailyUsage usage = days(UsageMetric.TRAFFIC_GB, DECEMBER, 1, "4", 2, "4", 3, "4", 4, "1");
            assertThat(forecast(usage, "12", DECEMBER.atDay(4)).reachesLimitOn()).contains(DECEMBER.atDay(3));
        }

        @Test
        void a_month_that_is_over_forecasts_what_it_used() {
            DailyUsage usage = days(UsageMetric.TRAFFIC_GB, YearMonth.of(2026, 11), 1, "1", 2, "1", 3, "1");
            UsageForecast f = forecast(usage, "100", LocalDate.of(2026, 12, 6));
            assertThat(f.monthEnd()).isEqualByComparingTo("3");
            assertThat(f.reachesLimitOn()).isEmpty();
        }

        @Test
        void nothing_used_reaches_no_limit_not_even_zero() {
            DailyUsage usage = days(UsageMetric.TRAFFIC_GB, DECEMBER, 1, "0", 2, "0", 3, "0");
            UsageForecast f = forecast(usage, "0", DECEMBER.atDay(3));
            assertThat(f.monthEnd()).isEqualByComparingTo("0");
            assertThat(f.reachesLimitOn()).isEmpty();
            assertThat(f.percent()).as("no percentage of a zero limit").isEmpty();
        }
    }

    @Nested
    class TooLittleData {
        @Test
        void no_data_one_day_or_two_days_give_no_forecast_and_say_why() {
            for (DailyUsage usage : List.of(DailyUsage.none(UsageMetric.TRAFFIC_GB, DECEMBER),
                    days(UsageMetric.TRAFFIC_GB, DECEMBER, 1, "5"),
                    days(UsageMetric.MEMORY_MB_PEAK, DECEMBER, 1, "5", 2, "7"))) {
                UsageForecaster.Outcome outcome = UsageForecaster.forecast(usage, Optional.of(d("10")),
                        DECEMBER.atDay(2));
                assertThat(outcome.forecast()).isEmpty();
                assertThat(outcome.unavailableReason()).get().asString()
                        .contains("fewer than 3 days of data").contains("(" + usage.daysReported() + " reported");
            }
            assertThat(UsageForecaster.forecast(days(UsageMetric.TRAFFIC_GB, DECEMBER, 1, "5", 2, "5", 3, "5"),
                    Optional.of(d("10")), DECEMBER.atDay(3)).forecast()).isPresent();
        }
    }

    @Nested
    class Levels {
        @Test
        void a_memory_peak_stands_as_its_forecast() {
            DailyUsage usage = days(UsageMetric.MEMORY_MB_PEAK, DECEMBER, 1, "100", 2, "300", 3, "200");
            UsageForecast f = forecast(usage, "400", DECEMBER.atDay(3));
            assertThat(f.method()).isEqualTo(ForecastMethod.PEAK_SO_FAR);
            assertThat(f.monthEnd()).isEqualByComparingTo("300");
            assertThat(f.percent()).contains(d("75.0"));
            assertThat(f.reachesLimitOn()).isEmpty();
            assertThat(forecast(usage, "300", DECEMBER.atDay(3)).reachesLimitOn()).contains(DECEMBER.atDay(2));
        }

        @Test
        void storage_grows_as_it_did_between_the_first_and_last_report() {
            DailyUsage usage = days(UsageMetric.STORAGE_MB, DECEMBER, 1, "1000", 6, "1500", 11, "2000");
            UsageForecast f = forecast(usage, "3000", DECEMBER.atDay(11));
            assertThat(f.method()).isEqualTo(ForecastMethod.LEVEL_TREND);
            // 100 MB a day for the 20 days left
            assertThat(f.monthEnd()).isEqualByComparingTo("4000");
            assertThat(f.reachesLimitOn()).contains(DECEMBER.atDay(21));
            assertThat(forecast(usage, "4000", DECEMBER.atDay(11)).reachesLimitOn()).contains(DECEMBER.atDay(31));
            assertThat(forecast(usage, "4000.01", DECEMBER.atDay(11)).reachesLimitOn()).isEmpty();
        }

        @Test
        void storage_that_shrinks_keeps_its_peak() {
            DailyUsage usage = days(UsageMetric.STORAGE_MB, DECEMBER, 1, "3000", 2, "2500", 3, "2000");
            UsageForecast f = forecast(usage, "10240", DECEMBER.atDay(3));
            assertThat(f.monthEnd()).isEqualByComparingTo("3000");
            assertThat(f.reachesLimitOn()).isEmpty();
        }

        @Test
        void a_level_is_carried_over_days_without_a_report_and_a_flow_is_not() {
            assertThat(days(UsageMetric.STORAGE_MB, DECEMBER, 2, "50", 4, "70").through(DECEMBER.atDay(5)))
                    .extracting(v -> v.value().toPlainString()).containsExactly("0", "50", "50", "70", "70");
            assertThat(days(UsageMetric.TRAFFIC_GB, DECEMBER, 2, "5", 4, "7").through(DECEMBER.atDay(5)))
                    .extracting(v -> v.value().toPlainString()).containsExactly("0", "5", "0", "7", "0");
            assertThat(DailyUsage.cumulative(UsageMetric.TRAFFIC_GB,
                    days(UsageMetric.TRAFFIC_GB, DECEMBER, 2, "5", 4, "7").through(DECEMBER.atDay(5))))
                    .extracting(v -> v.value().toPlainString()).containsExactly("0", "5", "5", "12", "12");
        }
    }

    @Nested
    class Suggestions {
        private final TeamLimits proLimits = TeamLimits.of(PRO.limits(), AddOnTotals.NONE);

        @Test
        void the_fewest_units_that_cover_the_forecast_at_the_plan_price() {
            DailyUsage usage = days(UsageMetric.TRAFFIC_GB, DECEMBER, 1, "1", 2, "1", 3, "1", 4, "1", 5, "1");
            MetricOutlook outlook = MetricOutlook.of(usage, proLimits, PRO, DECEMBER.atDay(5));
            // 31 GB forecast against Pro's 10 GB: 21 GB short, three 10 GB units
            AddOnSuggestion suggestion = outlook.suggestion().orElseThrow();
            assertThat(suggestion.type()).isEqualTo(ResourceType.TRAFFIC);
            assertThat(suggestion.quantity()).isEqualTo(3);
            assertThat(suggestion.price()).isEqualTo(Money.eur("3.00"));
            assertThat(suggestion.coversForecast()).isTrue();
        }

        @Test
        void a_forecast_within_the_limit_needs_nothing() {
            DailyUsage usage = days(UsageMetric.TRAFFIC_GB, DECEMBER, 1, "0.1", 2, "0.1", 3, "0.1");
            assertThat(MetricOutlook.of(usage, proLimits, PRO, DECEMBER.atDay(3)).suggestion()).isEmpty();
        }

        @Test
        void one_cpu_adds_24_core_hours_a_day_for_the_month() {
            assertThat(UsageLimitPolicy.additionPerUnit(UsageMetric.CPU_CORE_HOURS, DECEMBER)).isEqualByComparingTo("744");
            assertThat(UsageLimitPolicy.additionPerUnit(UsageMetric.CPU_CORE_HOURS, FEBRUARY)).isEqualByComparingTo("672");
            assertThat(UsageLimitPolicy.additionPerUnit(UsageMetric.STORAGE_MB, DECEMBER)).isEqualByComparingTo("10240");
            assertThat(UsageLimitPolicy.additionPerUnit(UsageMetric.MEMORY_MB_PEAK, DECEMBER)).isEqualByComparingTo("500");
            // Pro's 4 cores: 2976 core-hours in December; 2977 needs one more CPU
            assertThat(AddOnSuggestion.toCover(UsageMetric.CPU_CORE_HOURS, d("2977"), d("2976"), DECEMBER, PRO))
                    .get().extracting(AddOnSuggestion::quantity).isEqualTo(1);
            assertThat(AddOnSuggestion.toCover(UsageMetric.CPU_CORE_HOURS, d("2976"), d("2976"), DECEMBER, PRO))
                    .isEmpty();
        }

        @Test
        void a_need_beyond_one_purchase_says_it_does_not_cover() {
            AddOnSuggestion s = AddOnSuggestion.toCover(UsageMetric.TRAFFIC_GB, d("5000"), d("10"), DECEMBER, PRO)
                    .orElseThrow();
            assertThat(s.quantity()).isEqualTo(Quantity.MAX);
            assertThat(s.coversForecast()).isFalse();
        }

        @Test
        void a_plan_that_sells_no_add_on_gets_no_suggestion() {
            assertThat(AddOnSuggestion.toCover(UsageMetric.TRAFFIC_GB, d("50"), d("5"), DECEMBER, FREE)).isEmpty();
        }
    }

    @Nested
    class Cliff {
        private final Instant now = Instant.parse("2026-12-06T06:00:00Z");

        private AdditionalResource activeRam(int quantity, Instant activated) {
            AdditionalResource r = AdditionalResource.purchase(ResourceId.fromOpaque("r" + quantity), new TeamId("team_a"),
                    ResourceType.RAM, new Quantity(quantity), Money.eur("1.00"), PaymentId.fromOpaque("p" + quantity),
                    activated);
            r.activate(activated);
            return r;
        }

        private Map<UsageMetric, MetricOutlook> memoryPeak(String peak) {
            Map<ResourceType, Long> units = Map.of(ResourceType.RAM, 1L);
            TeamLimits limits = TeamLimits.of(PRO.limits(), AddOnTotals.fromUnits(units));
            Map<UsageMetric, MetricOutlook> outlook = new EnumMap<>(UsageMetric.class);
            outlook.put(UsageMetric.MEMORY_MB_PEAK, MetricOutlook.of(days(UsageMetric.MEMORY_MB_PEAK, DECEMBER,
                    1, peak, 2, peak, 3, peak), limits, PRO, DECEMBER.atDay(6)));
            return outlook;
        }

        @Test
        void an_add_on_whose_metric_would_then_be_over_its_limit_is_a_cliff() {
            AdditionalResource ram = activeRam(1, now.minus(Duration.ofDays(25)));
            LimitCliff.Preview preview = LimitCliff.preview(PRO.limits(), Map.of(ResourceType.RAM, 1L), ram, now,
                    DECEMBER, memoryPeak("6500"));
            assertThat(preview.before().memoryMb()).isEqualTo(6644);
            assertThat(preview.after().memoryMb()).isEqualTo(6144);
            assertThat(preview.ownMetric().overBefore()).isFalse();
            assertThat(preview.ownMetric().overAfter()).isTrue();
            assertThat(preview.isCliff()).isTrue();
        }

        @Test
        void usage_exactly_at_the_lower_limit_is_not_over_it() {
            AdditionalResource ram = activeRam(1, now.minus(Duration.ofDays(25)));
            assertThat(LimitCliff.preview(PRO.limits(), Map.of(ResourceType.RAM, 1L), ram, now, DECEMBER,
                    memoryPeak("6144")).isCliff()).isFalse();
            assertThat(LimitCliff.preview(PRO.limits(), Map.of(ResourceType.RAM, 1L), ram, now, DECEMBER,
                    memoryPeak("6144.000001")).isCliff()).isTrue();
        }

        @Test
        void an_add_on_that_does_not_count_changes_nothing() {
            AdditionalResource pending = AdditionalResource.purchase(ResourceId.fromOpaque("pending"),
                    new TeamId("team_a"), ResourceType.RAM, new Quantity(1), Money.eur("1.00"),
                    PaymentId.fromOpaque("pp"), now);
            LimitCliff.Preview preview = LimitCliff.preview(PRO.limits(), Map.of(), pending, now, DECEMBER,
                    memoryPeak("6500"));
            assertThat(preview.after()).isEqualTo(preview.before());
            assertThat(preview.ownMetric().overBefore()).isTrue();
        }

        @Test
        void the_warning_windows_are_seven_days_then_one_day_both_inclusive() {
            assertThat(LimitCliff.warningWindow(now, now.plus(Duration.ofDays(7)).plusSeconds(1))).isEmpty();
            assertThat(LimitCliff.warningWindow(now, now.plus(Duration.ofDays(7)))).isEqualTo(OptionalInt.of(7));
            assertThat(LimitCliff.warningWindow(now, now.plus(Duration.ofDays(1)).plusSeconds(1))).isEqualTo(OptionalInt.of(7));
            assertThat(LimitCliff.warningWindow(now, now.plus(Duration.ofDays(1)))).isEqualTo(OptionalInt.of(1));
            assertThat(LimitCliff.warningWindow(now, now.plusSeconds(1))).isEqualTo(OptionalInt.of(1));
            assertThat(LimitCliff.warningWindow(now, now)).isEmpty();
        }
    }
}
