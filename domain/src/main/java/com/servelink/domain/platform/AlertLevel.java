package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.util.Locale;

/** How close a team is to a limit: {@code warning} at 80 %, {@code critical} at 95 %, {@code exceeded} at 100 %. */
public enum AlertLevel {
    WARNING(80), CRITICAL(95), EXCEEDED(100);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int percent;

    AlertLevel(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /**
     * Whether {@code used} reaches this level of {@code limit} (reaching it exactly counts). Compared
     * as {@code used × 100 ≥ limit × percent}, with no division: a zero limit is reached by any
     * positive use, and nothing used never reaches any level.
     */
    public boolean reachedBy(BigDecimal used, BigDecimal limit) {
        if (used.signum() <= 0) {
            return false;
        }
        return used.multiply(HUNDRED).compareTo(limit.multiply(BigDecimal.valueOf(percent))) >= 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
