package com.servelink.domain.support;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Continuous percentiles with linear interpolation, the definition of SQL's
 * {@code PERCENTILE_CONT} (PostgreSQL and H2): over the n sorted values v₀ ≤ … ≤ vₙ₋₁, the
 * percentile p is at rank r = p·(n − 1), between v⌊r⌋ and v⌈r⌉ in proportion to r − ⌊r⌋. The
 * in-memory repository computes with it what the databases compute in SQL, exactly (BigDecimal).
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The {@code fraction} (0 to 1) percentile of {@code values}; empty when there are none. */
    public static Optional<BigDecimal> continuous(Collection<BigDecimal> values, BigDecimal fraction) {
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a percentile is a fraction from 0 to 1: " + fraction);
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        BigDecimal rank = fraction.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int below = rank.intValue(); // floor: the rank is never negative
        BigDecimal proportion = rank.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        if (proportion.signum() == 0) {
            return Optional.of(low);
        }
        BigDecimal high = sorted.get(below + 1);
        return Optional.of(low.add(high.subtract(low).multiply(proportion, MathContext.DECIMAL128)));
    }
}
