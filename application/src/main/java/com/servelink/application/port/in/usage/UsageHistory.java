package com.servelink.application.port.in.usage;

import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.Team;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A team's months, oldest first: per metric, the month's total and the limit in force at its end (or now). */
public record UsageHistory(Team team, List<Month> months) {
    public UsageHistory {
        Objects.requireNonNull(team, "team");
        months = List.copyOf(months);
    }

    public record Month(YearMonth month, List<MetricTotal> metrics) {
        public Month {
            Objects.requireNonNull(month, "month");
            metrics = List.copyOf(metrics);
        }
    }

    /** {@code limit} is empty when the metric is unlimited. */
    public record MetricTotal(UsageMetric metric, BigDecimal total, Optional<BigDecimal> limit) {
        public MetricTotal {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(limit, "limit");
        }
    }
}
