package com.servelink.domain.platform;

import com.servelink.domain.shared.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one project used of one metric on one UTC day, as the platform's metering reports it. A
 * new report for the same project, day and metric replaces the previous one (the day's total
 * is corrected, not added to).
 */
public record UsageSample(ProjectId projectId, LocalDate day, UsageMetric metric, BigDecimal amount) {
    /** At most six decimals and fifteen integer digits: NUMERIC(21, 6) holds every amount. */
    public static final int MAX_SCALE = 6;
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final String AMOUNT_RULE = "must be a number from 0 with at most " + MAX_SCALE + " decimals and "
            + MAX_INTEGER_DIGITS + " integer digits";

    public UsageSample {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(metric, "metric");
        if (!isValidAmount(amount)) {
            throw DomainException.invalidField("amount", AMOUNT_RULE);
        }
    }

    public static boolean isValidAmount(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            return false;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() <= MAX_SCALE && (long) plain.precision() - plain.scale() <= MAX_INTEGER_DIGITS;
    }

    /** What identifies a sample: a report with the same key replaces it. */
    public Key key() {
        return new Key(projectId, day, metric);
    }

    /** Project, day and metric. */
    public record Key(ProjectId projectId, LocalDate day, UsageMetric metric) {
        public Key {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(metric, "metric");
        }
    }
}
