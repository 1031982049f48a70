package com.servelink.domain.support;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Percentiles#continuous} against references computed here another way: the tenth
 * percentiles in integer arithmetic (rank k·(n−1)/10 as a quotient and a remainder), and the
 * median as the schoolbook middle value or mean of the two middle values.
 */
class PercentilesPropertyTest {

    private static List<BigDecimal> decimals(List<Long> micros) {
        return micros.stream().map(m -> BigDecimal.valueOf(m, 6)).toList();
    }

    /** The k/10 percentile of whole microseconds: exact, with one decimal of microsecond at most. */
    private static BigDecimal tenthReference(List<Long> values, int k) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long numerator = (long) k * (sorted.size() - 1);
        int below = (int) (numerator / 10);
        long remainder = numerator % 10;
        long low = sorted.get(below);
        long high = remainder == 0 ? low : sorted.get(below + 1);
        // low + (high − low)·remainder/10, in tenths of a microsecond
        long tenths = low * 10 + (high - low) * remainder;
        return BigDecimal.valueOf(tenths, 7);
    }

    @Property(tries = 1000)
    void tenth_percentiles_match_the_integer_reference(
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 10_000_000_000_000L) Long> micros,
            @ForAll @IntRange(min = 0, max = 10) int k) {
        BigDecimal fraction = BigDecimal.valueOf(k, 1);
        BigDecimal actual = Percentiles.continuous(decimals(micros), fraction).orElseThrow();
        assertThat(actual).isEqualByComparingTo(tenthReference(micros, k));
    }

    @Property(tries = 1000)
    void the_median_is_the_middle_value_or_the_mean_of_the_two_middle_values(
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> micros) {
        List<BigDecimal> sorted = new ArrayList<>(decimals(micros));
        Collections.sort(sorted);
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 7, RoundingMode.UNNECESSARY);
        assertThat(Percentiles.continuous(decimals(micros), DurationFigures.MEDIAN).orElseThrow())
                .isEqualByComparingTo(middle);
    }

    @Property(tries = 500)
    void percentiles_lie_between_the_extremes_in_order_whatever_the_input_order(
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> micros) {
        List<BigDecimal> values = decimals(micros);
        List<BigDecimal> reversed = new ArrayList<>(values);
        Collections.reverse(reversed);
        BigDecimal median = Percentiles.continuous(values, DurationFigures.MEDIAN).orElseThrow();
        BigDecimal p90 = Percentiles.continuous(values, DurationFigures.P90).orElseThrow();
        assertThat(median).isBetween(Collections.min(values), p90);
        assertThat(p90).isLessThanOrEqualTo(Collections.max(values));
        assertThat(Percentiles.continuous(reversed, DurationFigures.P90)).contains(p90);
    }

    @Property(tries = 500)
    void figures_in_hours_are_the_reference_rounded_half_up_to_two_decimals(
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 3_600_000_000_000L) Long> micros) {
        DurationFigures figures = DurationFigures.ofSeconds(decimals(micros));
        BigDecimal hour = BigDecimal.valueOf(3_600_000_000L);
        long total = micros.stream().mapToLong(Long::longValue).sum();
        assertThat(figures.n()).isEqualTo(micros.size());
        assertThat(figures.meanHours()).contains(BigDecimal.valueOf(total)
                .divide(hour.multiply(BigDecimal.valueOf(micros.size())), 2, RoundingMode.HALF_UP));
        // the percentile in tenths of a microsecond, rounded to the microsecond, then to hundredths of an hour
        BigDecimal p90Micros = tenthReference(micros, 9).movePointRight(6).setScale(0, RoundingMode.HALF_UP);
        assertThat(figures.p90Hours()).contains(p90Micros.divide(hour, 2, RoundingMode.HALF_UP));
        BigDecimal medianMicros = tenthReference(micros, 5).movePointRight(6).setScale(0, RoundingMode.HALF_UP);
        assertThat(figures.medianHours()).contains(medianMicros.divide(hour, 2, RoundingMode.HALF_UP));
    }
}
