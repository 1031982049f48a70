package com.servelink.domain.platform;

import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A recorded fact that a team's usage of a metric reached a level of its limit in a month. There
 * is at most one per team, metric, level and month ({@link #key()}): the job never repeats one.
 * {@code used} and {@code limit} are the values when the level was first reached.
 */
public record UsageAlert(UsageAlertId id, TeamId teamId, UsageMetric metric, AlertLevel level, YearMonth month,
                         BigDecimal used, BigDecimal limit, Instant createdAt) {
    public UsageAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new alert for a crossing the {@link UsageLimitPolicy} found. */
    public static UsageAlert raise(UsageAlertId id, TeamId teamId, YearMonth month,
                                   UsageLimitPolicy.LimitCrossing crossing, Instant now) {
        return new UsageAlert(id, teamId, crossing.metric(), crossing.level(), month, crossing.used(),
                crossing.limit(), now);
    }

    public Key key() {
        return new Key(teamId, metric, level, month);
    }

    /** What makes an alert unique. */
    public record Key(TeamId teamId, UsageMetric metric, AlertLevel level, YearMonth month) {
    }
}
