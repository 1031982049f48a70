package com.servelink.adapter.http.view;

import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase.PlanChanged;
import com.servelink.domain.catalog.LimitOverrun;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.servelink.application.port.in.admin.IssueTokenUseCase.IssuedToken;
import com.servelink.application.port.in.admin.ListJobsUseCase.JobStatus;
import com.servelink.application.port.out.JobRunLog.JobRun;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.User;

import java.time.Instant;
import java.util.List;

/** JSON shapes of the operator's admin API. */
public final class AdminViews {
    private AdminViews() {
    }

    public record TeamJson(String id, String slug, String name, String plan) {
        public static TeamJson of(Team team) {
            return new TeamJson(team.id().value(), team.slug().value(), team.name(), team.plan().value());
        }
    }

    /** A team after a plan change: the team's fields, and the new plan's limits it is over (forced moves only). */
    public record PlanChangedJson(String id, String slug, String name, String plan, List<OverLimitJson> overLimits) {
        public static PlanChangedJson of(PlanChanged changed) {
            Team team = changed.team();
            return new PlanChangedJson(team.id().value(), team.slug().value(), team.name(), team.plan().value(),
                    changed.overLimits().stream().map(OverLimitJson::of).toList());
        }
    }

    /** A counted limit a team is over: {@code projects} or {@code members}, what the plan allows, what the team has. */
    public record OverLimitJson(String limit, int allowed, long current) {
        public static OverLimitJson of(LimitOverrun overrun) {
            return new OverLimitJson(overrun.limit().code(), overrun.allowed(), overrun.current());
        }
    }

    public record UserJson(long id, String email, String name, @JsonProperty("is_support") boolean support) {
        public static UserJson of(User user) {
            return new UserJson(user.id().value(), user.email(), user.name(), user.support());
        }
    }

    public record MemberJson(String teamId, String teamSlug, long userId, String role) {
        public static MemberJson of(Membership membership, TeamSlug slug) {
            return new MemberJson(membership.teamId().value(), slug.value(), membership.userId().value(),
                    membership.role().code());
        }
    }

    /** A token just issued: the secret, shown this once, and what is kept of it. */
    public record TokenJson(String token, String id, long userId, Instant expiresAt) {
        public static TokenJson of(IssuedToken issued, long userId) {
            return new TokenJson(issued.token(), issued.id().value(), userId, issued.expiresAt().orElse(null));
        }
    }

    /** A token as listed: never the secret nor its hash; absent dates are null. */
    public record ApiTokenJson(String id, long userId, String label, Instant createdAt, Instant expiresAt,
                               Instant lastUsedAt, Instant revokedAt) {
        public static ApiTokenJson of(ApiToken token) {
            return new ApiTokenJson(token.id().value(), token.userId().value(), token.label().orElse(null),
                    token.createdAt(), token.expiresAt().orElse(null), token.lastUsedAt().orElse(null),
                    token.revokedAt().orElse(null));
        }
    }

    public record ApiTokensJson(List<ApiTokenJson> tokens) {
    }

    public record JobRunJson(String job, int affected, Instant startedAt, Instant finishedAt) {
        public static JobRunJson of(JobRun run) {
            return new JobRunJson(run.job(), run.affected(), run.startedAt(), run.finishedAt());
        }
    }

    public record JobJson(String name, String cron, String timeZone,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Instant nextFireAt,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastFireAt,
                          @JsonInclude(JsonInclude.Include.ALWAYS) JobRunJson lastResult) {
        public static JobJson of(JobStatus status) {
            return new JobJson(status.name(), status.cronUtc(), "UTC", status.nextFireAt().orElse(null),
                    status.lastRun().map(JobRun::startedAt).orElse(null),
                    status.lastRun().map(JobRunJson::of).orElse(null));
        }
    }

    public record JobsJson(List<JobJson> jobs) {
    }
}
