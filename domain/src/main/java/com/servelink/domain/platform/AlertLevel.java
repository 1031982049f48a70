package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What an alert says. Three thresholds of a limit: {@code warning} at 80 %, {@code critical} at
 * 95 %, {@code exceeded} at 100 %; and {@code cliff}: an add-on the team's usage needs expires
 * soon, and its limits will then drop below that usage.
 */
public enum AlertLevel {
    WARNING(80), CRITICAL(95), EXCEEDED(100), CLIFF(-1);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<AlertLevel> THRESHOLDS = List.of(WARNING, CRITICAL, EXCEEDED);

    private final int percent;

    AlertLevel(int percent) {
        this.percent = percent;
    }

    /** The levels that are thresholds of a limit, lowest first. */
    public static List<AlertLevel> thresholds() {
        return THRESHOLDS;
    }

    public boolean isThreshold() {
        return percent > 0;
    }

    /** The threshold's percentage of the limit; a cliff has none. */
    public int percent() {
        if (!isThreshold()) {
            throw new IllegalStateException("a cliff alert has no threshold");
        }
        return percent;
    }

    /**
     * Whether {@code used} reaches this threshold of {@code limit} (reaching it exactly counts).
     * Compared as {@code used × 100 ≥ limit × percent}, with no division: a zero limit is reached by
     * any positive use, and nothing used never reaches any level.
     */
    public boolean reachedBy(BigDecimal used, BigDecimal limit) {
        if (used.signum() <= 0) {
            return false;
        }
        return used.multiply(HUNDRED).compareTo(limit.multiply(BigDecimal.valueOf(percent()))) >= 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertLevel fromCode(String code) {
        for (AlertLevel level : values()) {
            if (level.code().equals(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown alert level " + code);
    }
}
