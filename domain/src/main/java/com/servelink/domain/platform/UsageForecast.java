package com.servelink.domain.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a metric is heading by the month's end: the month's value then ({@code monthEnd}, two
 * decimals), its percentage of the limit, and the UTC day the limit is (or was) reached at this
 * rate, if it is within the month.
 */
public record UsageForecast(BigDecimal monthEnd, Optional<BigDecimal> percent, Optional<LocalDate> reachesLimitOn,
                            ForecastMethod method) {
    public UsageForecast {
        Objects.requireNonNull(monthEnd, "monthEnd");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(reachesLimitOn, "reachesLimitOn");
        Objects.requireNonNull(method, "method");
    }
}
