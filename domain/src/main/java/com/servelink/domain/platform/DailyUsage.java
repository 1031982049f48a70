package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The days of one month on which the metering reported a metric for a team, each with the team's
 * value of that day (sums across projects, computed by the store). Days without a report are
 * absent here; {@link #through} fills them for display.
 */
public record DailyUsage(UsageMetric metric, YearMonth month, List<DailyValue> reported) {
    public DailyUsage {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(month, "month");
        List<DailyValue> sorted = new ArrayList<>(reported);
        sorted.sort(Comparator.comparing(DailyValue::date));
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate date = sorted.get(i).date();
            if (!YearMonth.from(date).equals(month)) {
                throw new IllegalArgumentException(date + " is not in " + month);
            }
            if (i > 0 && sorted.get(i - 1).date().equals(date)) {
                throw new IllegalArgumentException("two values for " + date);
            }
        }
        reported = List.copyOf(sorted);
    }

    public static DailyUsage none(UsageMetric metric, YearMonth month) {
        return new DailyUsage(metric, month, List.of());
    }

    /** The month's value so far, as {@link MonthlyUsage#aggregate}: flows summed, levels at their highest day. */
    public BigDecimal used() {
        return switch (metric.aggregation()) {
            case SUM_OF_DAYS -> reported.stream().map(DailyValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            case PEAK_DAY -> reported.stream().map(DailyValue::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        };
    }

    public int daysReported() {
        return reported.size();
    }

    public Optional<DailyValue> lastReported() {
        return reported.isEmpty() ? Optional.empty() : Optional.of(reported.get(reported.size() - 1));
    }

    /**
     * One value per day from the 1st to {@code last} (inclusive, at most the month's last day). A
     * day without a report is 0 for a flow (nothing was metered) and the previous day's value for
     * a level (storage does not vanish because a report is missing; 0 before the first report).
     */
    public List<DailyValue> through(LocalDate last) {
        LocalDate end = last.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : last;
        List<DailyValue> days = new ArrayList<>();
        int next = 0;
        BigDecimal carried = BigDecimal.ZERO;
        for (LocalDate day = month.atDay(1); !day.isAfter(end); day = day.plusDays(1)) {
            BigDecimal value;
            if (next < reported.size() && reported.get(next).date().equals(day)) {
                value = reported.get(next++).value();
                carried = value;
            } else {
                value = metric.aggregation() == UsageMetric.Aggregation.PEAK_DAY ? carried : BigDecimal.ZERO;
            }
            days.add(new DailyValue(day, value));
        }
        return days;
    }

    /** What a chart draws: a flow's running total, a level as it is. */
    public static List<DailyValue> cumulative(UsageMetric metric, List<DailyValue> days) {
        if (metric.aggregation() == UsageMetric.Aggregation.PEAK_DAY) {
            return days;
        }
        List<DailyValue> running = new ArrayList<>(days.size());
        BigDecimal total = BigDecimal.ZERO;
        for (DailyValue day : days) {
            total = total.add(day.value());
            running.add(new DailyValue(day.date(), total));
        }
        return running;
    }

    /**
     * The first reported day on which the month's value reached {@code limit}: a flow's running
     * total, a level's value of the day. Nothing used never reaches a limit.
     */
    public Optional<LocalDate> firstDayReaching(BigDecimal limit) {
        BigDecimal total = BigDecimal.ZERO;
        for (DailyValue day : reported) {
            BigDecimal value = metric.aggregation() == UsageMetric.Aggregation.SUM_OF_DAYS
                    ? total = total.add(day.value()) : day.value();
            if (value.signum() > 0 && value.compareTo(limit) >= 0) {
                return Optional.of(day.date());
            }
        }
        return Optional.empty();
    }
}
