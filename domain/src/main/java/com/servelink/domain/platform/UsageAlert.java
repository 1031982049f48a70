package com.servelink.domain.platform;

import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded fact about a team's usage in a month: it reached a threshold of a limit, or (level
 * {@code cliff}) an add-on its usage needs is about to expire. Each is recorded once
 * ({@link #key()}): a threshold once per team, metric, level and month; a cliff once per add-on
 * and warning window (7 days, then 1 day). {@code used} and {@code limit} are the values when it
 * was raised (for a cliff: the limit after the add-on goes), with, as they were forecast then, the
 * day the limit is reached and the add-on that covers the need.
 */
public record UsageAlert(UsageAlertId id, TeamId teamId, UsageMetric metric, AlertLevel level, YearMonth month,
                         BigDecimal used, BigDecimal limit, Instant createdAt, Optional<LocalDate> reachesLimitOn,
                         Optional<AddOnSuggestion> suggestion, Optional<Cliff> cliff) {
    public UsageAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reachesLimitOn, "reachesLimitOn");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(cliff, "cliff");
        if ((level == AlertLevel.CLIFF) != cliff.isPresent()) {
            throw new IllegalArgumentException("a cliff alert, and only a cliff alert, names its add-on");
        }
    }

    /** A threshold alert without forecast or suggestion. */
    public UsageAlert(UsageAlertId id, TeamId teamId, UsageMetric metric, AlertLevel level, YearMonth month,
                      BigDecimal used, BigDecimal limit, Instant createdAt) {
        this(id, teamId, metric, level, month, used, limit, createdAt, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The add-on whose expiry a cliff alert warns of, and the window it warned in. */
    public record Cliff(ResourceId resourceId, Instant expiresAt, int withinDays) {
        public Cliff {
            Objects.requireNonNull(resourceId, "resourceId");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (!LimitCliff.WARNING_DAYS.contains(withinDays)) {
                throw new IllegalArgumentException("a cliff is warned of " + LimitCliff.WARNING_DAYS + " days before");
            }
        }
    }

    /** A new alert for a crossing the {@link UsageLimitPolicy} found. */
    public static UsageAlert raise(UsageAlertId id, TeamId teamId, YearMonth month,
                                   UsageLimitPolicy.LimitCrossing crossing, Instant now) {
        return new UsageAlert(id, teamId, crossing.metric(), crossing.level(), month, crossing.used(),
                crossing.limit(), now);
    }

    /** A new threshold alert carrying the metric's forecast date and suggested add-on. */
    public static UsageAlert raise(UsageAlertId id, TeamId teamId, YearMonth month,
                                   UsageLimitPolicy.LimitCrossing crossing, Instant now, MetricOutlook outlook) {
        return new UsageAlert(id, teamId, crossing.metric(), crossing.level(), month, crossing.used(),
                crossing.limit(), now, outlook.reachesLimitOn(), outlook.suggestion(), Optional.empty());
    }

    /** A new cliff alert: the add-on of {@code preview} expires within {@code withinDays} days. */
    public static UsageAlert cliff(UsageAlertId id, TeamId teamId, YearMonth month, LimitCliff.Preview preview,
                                   int withinDays, Instant now, MetricOutlook outlook) {
        LimitCliff.MetricImpact impact = preview.ownMetric();
        Instant expiresAt = preview.resource().expiresAt()
                .orElseThrow(() -> new IllegalArgumentException("only an active add-on expires"));
        return new UsageAlert(id, teamId, impact.metric(), AlertLevel.CLIFF, month, impact.used(),
                impact.limitAfter().orElseThrow(() -> new IllegalArgumentException("no cliff below no limit")), now,
                outlook.reachesLimitOn(), outlook.suggestion(),
                Optional.of(new Cliff(preview.resource().id(), expiresAt, withinDays)));
    }

    public Key key() {
        return cliff.map(c -> Key.cliff(teamId, c.resourceId(), c.withinDays()))
                .orElseGet(() -> Key.threshold(teamId, metric, level, month));
    }

    /** What makes an alert unique within its team; {@code value} is what a store keeps unique. */
    public record Key(TeamId teamId, String value) {
        public Key {
            Objects.requireNonNull(teamId, "teamId");
            Objects.requireNonNull(value, "value");
        }

        /** A threshold: once per metric, level and month ({@code traffic_gb/warning/2025-01}). */
        public static Key threshold(TeamId team, UsageMetric metric, AlertLevel level, YearMonth month) {
            return new Key(team, metric.code() + "/" + level.code() + "/" + month);
        }

        /** A cliff: once per add-on and warning window ({@code cliff/res_…/7d}). */
        public static Key cliff(TeamId team, ResourceId resource, int withinDays) {
            return new Key(team, "cliff/" + resource.value() + "/" + withinDays + "d");
        }
    }
}
