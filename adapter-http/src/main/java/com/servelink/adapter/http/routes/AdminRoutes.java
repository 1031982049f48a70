package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.view.AdminViews.PlanChangedJson;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.view.AdminViews.JobJson;
import com.servelink.adapter.http.view.AdminViews.JobRunJson;
import com.servelink.adapter.http.view.AdminViews.JobsJson;
import com.servelink.adapter.http.view.AdminViews.MemberJson;
import com.servelink.adapter.http.view.AdminViews.TeamJson;
import com.servelink.adapter.http.view.AdminViews.TokenJson;
import com.servelink.adapter.http.view.AdminViews.UserJson;
import com.servelink.application.port.in.admin.AddMemberUseCase.AddMemberCommand;
import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase.ChangeTeamPlanCommand;
import com.servelink.application.port.in.admin.CreateTeamUseCase.CreateTeamCommand;
import com.servelink.application.port.in.admin.CreateUserUseCase.CreateUserCommand;
import com.servelink.application.port.in.admin.IssueTokenUseCase.IssueTokenCommand;
import com.servelink.application.port.in.admin.RunJobUseCase.RunJobCommand;
import com.servelink.domain.shared.DomainException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The operator's API: teams, users, memberships, tokens and jobs. */
public final class AdminRoutes {
    private final UseCases useCases;

    public AdminRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/admin/teams", Access.OPERATOR, this::createTeam),
                new Route("PATCH", "/api/admin/teams/{team_slug}", Access.OPERATOR, this::changePlan),
                new Route("POST", "/api/admin/users", Access.OPERATOR, this::createUser),
                new Route("POST", "/api/admin/teams/{team_slug}/members", Access.OPERATOR, this::addMember),
                new Route("POST", "/api/admin/users/{user_id}/tokens", Access.OPERATOR, this::issueToken),
                new Route("GET", "/api/admin/jobs", Access.OPERATOR, this::listJobs),
                new Route("POST", "/api/admin/jobs/{name}/run", Access.OPERATOR, this::runJob));
    }

    private Reply createTeam(Call call) {
        JsonBody body = call.json();
        String slug = body.text("slug");
        String name = body.text("name");
        String plan = body.text("plan");
        body.requireValid();
        return Reply.created(TeamJson.of(useCases.createTeam().create(new CreateTeamCommand(call.actor(), slug, name,
                plan))));
    }

    private Reply changePlan(Call call) {
        var team = call.team();
        JsonBody body = call.json();
        String plan = body.text("plan");
        Boolean force = body.bool("force");
        body.requireValid();
        return Reply.ok(PlanChangedJson.of(useCases.changeTeamPlan().changePlan(new ChangeTeamPlanCommand(call.actor(),
                team, plan, Boolean.TRUE.equals(force)))));
    }

    private Reply createUser(Call call) {
        JsonBody body = call.json();
        String email = body.text("email");
        String name = body.text("name");
        Boolean support = body.bool("is_support");
        body.requireValid();
        return Reply.created(UserJson.of(useCases.createUser().create(new CreateUserCommand(call.actor(), email, name,
                Boolean.TRUE.equals(support)))));
    }

    private Reply addMember(Call call) {
        var team = call.team();
        JsonBody body = call.json();
        Long userId = body.longInteger("user_id");
        String role = body.text("role");
        body.requireValid();
        var membership = useCases.addMember().add(new AddMemberCommand(call.actor(), team,
                userId == null ? 0 : userId, role));
        return Reply.created(MemberJson.of(membership, team));
    }

    /** The body is optional (clients of the first version send none): a label and an expiry. */
    private Reply issueToken(Call call) {
        long userId = TokenRoutes.userId(call);
        IssueTokenCommand command = new IssueTokenCommand(call.actor(), userId);
        if (call.rawBody().length > 0) {
            JsonBody body = call.json();
            String label = body.text("label");
            Integer days = body.integer("expires_in_days");
            String at = body.text("expires_at");
            body.requireValid();
            command = new IssueTokenCommand(call.actor(), userId, Optional.ofNullable(label),
                    Optional.ofNullable(days), Optional.ofNullable(at).map(AdminRoutes::instant));
        }
        return Reply.created(TokenJson.of(useCases.issueToken().issue(command), userId));
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("expires_at", "must be an ISO-8601 date-time with an offset, "
                    + "such as 2026-01-31T00:00:00Z");
        }
    }

    private Reply listJobs(Call call) {
        return Reply.ok(new JobsJson(useCases.listJobs().list(call.actor()).stream().map(JobJson::of).toList()));
    }

    private Reply runJob(Call call) {
        return Reply.ok(JobRunJson.of(useCases.runJob().run(new RunJobCommand(call.actor(), call.path("name")))));
    }
}
