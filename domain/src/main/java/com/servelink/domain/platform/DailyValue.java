package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A team's value of one metric on one UTC day: a flow's total of the day, a level's sum across projects. */
public record DailyValue(LocalDate date, BigDecimal value) {
    public DailyValue {
        Objects.requireNonNull(date, "date");
        if (Objects.requireNonNull(value, "value").signum() < 0) {
            throw new IllegalArgumentException("usage cannot be negative");
        }
    }
}
