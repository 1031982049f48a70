package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Percentages of a limit as shown: one decimal, half up, computed exactly. */
public final class Percent {
    public static final int SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code value} as a percentage of {@code limit}; empty for no limit or a zero limit (no percentage of nothing). */
    public static Optional<BigDecimal> of(BigDecimal value, Optional<BigDecimal> limit) {
        return limit.filter(l -> l.signum() > 0)
                .map(l -> value.multiply(HUNDRED).divide(l, SCALE, RoundingMode.HALF_UP));
    }
}
