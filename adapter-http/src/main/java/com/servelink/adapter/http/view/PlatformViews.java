package com.servelink.adapter.http.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.UsageAlert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** JSON shapes of the platform's records (SPEC §8) and the usage alerts (SPEC §7). */
public final class PlatformViews {
    private PlatformViews() {
    }

    public record ProjectJson(String id, String teamId, String name, String status, Instant createdAt,
                              @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTrafficAt,
                              @JsonInclude(JsonInclude.Include.ALWAYS) Instant inactiveSince,
                              long storageMb, int reactivationCount) {
        public static ProjectJson of(Project p) {
            return new ProjectJson(p.id().value(), p.teamId().value(), p.name(), p.status().code(), p.createdAt(),
                    p.lastTrafficAt().orElse(null), p.inactiveSince().orElse(null), p.storageMb(),
                    p.reactivationCount());
        }
    }

    public record ProjectsJson(List<ProjectJson> projects, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
    }

    public record DeploymentJson(String id, String projectId, String environment, String status, Instant createdAt,
                                 @JsonProperty("is_current") boolean current, long sizeMb) {
        public static DeploymentJson of(Deployment d) {
            return new DeploymentJson(d.id().value(), d.projectId().value(), d.environment().value(),
                    d.status().code(), d.createdAt(), d.isCurrent(), d.sizeMb());
        }
    }

    public record UsageReportJson(int stored) {
    }

    /**
     * {@code reaches_limit_on} and {@code suggested_addon} as forecast when the alert was raised;
     * {@code resource_id}, {@code expires_at} and {@code within_days} only on a {@code cliff} alert
     * (the add-on that expires, when, and the window, 7 or 1 days); {@code null} otherwise.
     */
    public record AlertJson(String id, String teamId, String metric, String level, String month, BigDecimal used,
                            BigDecimal limit, Instant createdAt, String reachesLimitOn,
                            UsageViews.SuggestedAddOnJson suggestedAddon, String resourceId, Instant expiresAt,
                            Integer withinDays) {
        public static AlertJson of(UsageAlert a) {
            return new AlertJson(a.id().value(), a.teamId().value(), a.metric().code(), a.level().code(),
                    a.month().toString(), a.used(), a.limit(), a.createdAt(), UsageViews.date(a.reachesLimitOn()),
                    a.suggestion().map(UsageViews.SuggestedAddOnJson::of).orElse(null),
                    a.cliff().map(c -> c.resourceId().value()).orElse(null),
                    a.cliff().map(UsageAlert.Cliff::expiresAt).orElse(null),
                    a.cliff().map(UsageAlert.Cliff::withinDays).orElse(null));
        }
    }

    public record AlertsJson(List<AlertJson> alerts, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
    }
}
