package com.servelink.domain.platform;

import com.servelink.domain.shared.DomainEvent;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.time.YearMonth;

/** What the platform jobs and reports changed for a team: notifications listen to these. */
public sealed interface PlatformEvent extends DomainEvent {
    TeamId teamId();

    /** The inactive-project policy paused a project. */
    record ProjectPaused(ProjectId projectId, TeamId teamId, Instant occurredAt) implements PlatformEvent {
    }

    /** A project stayed inactive too long and is disabled for good. */
    record ProjectDisabled(ProjectId projectId, TeamId teamId, Instant occurredAt) implements PlatformEvent {
    }

    /** An owner or admin reactivated a paused project. */
    record ProjectReactivated(ProjectId projectId, TeamId teamId, Instant occurredAt) implements PlatformEvent {
    }

    /** A team's usage reached a level of one of its limits this month. */
    record UsageAlertRaised(UsageAlertId alertId, TeamId teamId, UsageMetric metric, AlertLevel level,
                            YearMonth month, Instant occurredAt) implements PlatformEvent {
    }
}
