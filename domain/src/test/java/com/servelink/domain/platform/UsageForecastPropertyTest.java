package com.servelink.domain.platform;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow forecast's day is exact: the first day the month's rate reaches the limit, never a day early or late. */
class UsageForecastPropertyTest {

    @Property(tries = 2000)
    void the_limit_is_reached_on_the_first_day_the_daily_rate_reaches_it(
            @ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll @IntRange(min = 1, max = 12) int monthOfYear,
            @ForAll @IntRange(min = 3, max = 28) int days,
            @ForAll @BigRange(min = "0.000001", max = "1000") @Scale(6) BigDecimal perDay,
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal limit) {
        YearMonth month = YearMonth.of(year, monthOfYear);
        List<DailyValue> values = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            values.add(new DailyValue(month.atDay(day), perDay));
        }
        DailyUsage usage = new DailyUsage(UsageMetric.TRAFFIC_GB, month, values);
        UsageForecast forecast = UsageForecaster.forecast(usage, Optional.of(limit), month.atDay(days)).forecast()
                .orElseThrow();
        BigDecimal used = perDay.multiply(BigDecimal.valueOf(days));
        Optional<LocalDate> reaches = forecast.reachesLimitOn();
        if (used.compareTo(limit) >= 0) {
            // already passed: the first day the running total reached it
            LocalDate day = reaches.orElseThrow();
            assertThat(perDay.multiply(BigDecimal.valueOf(day.getDayOfMonth()))).isGreaterThanOrEqualTo(limit);
            assertThat(perDay.multiply(BigDecimal.valueOf(day.getDayOfMonth() - 1L))).isLessThan(limit);
        } else if (reaches.isPresent()) {
            int d = reaches.get().getDayOfMonth();
            assertThat(d).isGreaterThan(days).isLessThanOrEqualTo(month.lengthOfMonth());
            assertThat(perDay.multiply(BigDecimal.valueOf(d))).isGreaterThanOrEqualTo(limit);
            assertThat(perDay.multiply(BigDecimal.valueOf(d - 1L))).isLessThan(limit);
        } else {
            assertThat(perDay.multiply(BigDecimal.valueOf(month.lengthOfMonth()))).isLessThan(limit);
        }
    }
}
