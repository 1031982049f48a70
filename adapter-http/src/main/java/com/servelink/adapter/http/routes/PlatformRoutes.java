package com.servelink.adapter.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.view.PlatformViews.AlertJson;
import com.servelink.adapter.http.view.PlatformViews.AlertsJson;
import com.servelink.adapter.http.view.PlatformViews.DeploymentJson;
import com.servelink.adapter.http.view.PlatformViews.ProjectJson;
import com.servelink.adapter.http.view.PlatformViews.ProjectsJson;
import com.servelink.adapter.http.view.PlatformViews.UsageReportJson;
import com.servelink.application.port.in.platform.CreateProjectUseCase;
import com.servelink.application.port.in.platform.CreateProjectUseCase.CreateProjectCommand;
import com.servelink.application.port.in.platform.ListProjectsUseCase;
import com.servelink.application.port.in.platform.ListProjectsUseCase.ListProjectsQuery;
import com.servelink.application.port.in.platform.ListUsageAlertsUseCase;
import com.servelink.application.port.in.platform.ListUsageAlertsUseCase.ListUsageAlertsQuery;
import com.servelink.application.port.in.platform.ReactivateProjectUseCase;
import com.servelink.application.port.in.platform.ReactivateProjectUseCase.ReactivateProjectCommand;
import com.servelink.application.port.in.platform.RecordTrafficUseCase;
import com.servelink.application.port.in.platform.RecordTrafficUseCase.RecordTrafficCommand;
import com.servelink.application.port.in.platform.ReportDeploymentUseCase;
import com.servelink.application.port.in.platform.ReportDeploymentUseCase.ReportDeploymentCommand;
import com.servelink.application.port.in.platform.ReportUsageUseCase;
import com.servelink.application.port.in.platform.ReportUsageUseCase.ReportUsageCommand;
import com.servelink.application.port.in.platform.ReportUsageUseCase.UsageSampleInput;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rest of the platform reports (projects, traffic, deployments, daily usage) through
 * the operator's API, and what a team sees of it: its projects, their reactivation, its usage
 * alerts.
 */
public final class PlatformRoutes {

    /** The platform use cases this adapter drives. */
    public record PlatformUseCases(CreateProjectUseCase createProject, RecordTrafficUseCase recordTraffic,
                                   ReportDeploymentUseCase reportDeployment, ReportUsageUseCase reportUsage,
                                   ListProjectsUseCase listProjects, ReactivateProjectUseCase reactivate,
                                   ListUsageAlertsUseCase listAlerts) {
    }

    private final PlatformUseCases useCases;

    public PlatformRoutes(PlatformUseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/admin/teams/{team_slug}/projects", Access.OPERATOR, this::createProject),
                new Route("POST", "/api/admin/projects/{project_id}/traffic", Access.OPERATOR, this::recordTraffic),
                new Route("POST", "/api/admin/projects/{project_id}/deployments", Access.OPERATOR,
                        this::reportDeployment),
                new Route("POST", "/api/admin/usage", Access.OPERATOR, this::reportUsage),
                new Route("GET", "/api/resources/{team_slug}/projects", Access.USER, this::listProjects),
                new Route("POST", "/api/resources/{team_slug}/projects/{project_id}/reactivate", Access.USER,
                        this::reactivate),
                new Route("GET", "/api/resources/{team_slug}/alerts", Access.USER, this::listAlerts));
    }

    private static ProjectId projectId(Call call) {
        return call.pathId("project_id", ProjectId::new);
    }

    private Reply createProject(Call call) {
        var team = call.team();
        JsonBody body = call.json();
        String name = body.text("name");
        body.requireValid();
        return Reply.created(ProjectJson.of(useCases.createProject().create(new CreateProjectCommand(call.actor(),
                team, name))));
    }

    private Reply recordTraffic(Call call) {
        ProjectId project = projectId(call);
        Optional<Instant> at = Optional.empty();
        if (call.rawBody().length > 0) {
            JsonBody body = call.json();
            String raw = body.text("at");
            body.requireValid();
            at = Optional.ofNullable(raw).map(PlatformRoutes::instant);
        }
        return Reply.ok(ProjectJson.of(useCases.recordTraffic().recordTraffic(new RecordTrafficCommand(call.actor(),
                project, at))));
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("at", "must be an ISO-8601 UTC instant such as 2025-01-25T10:00:00Z");
        }
    }

    private Reply reportDeployment(Call call) {
        ProjectId project = projectId(call);
        JsonBody body = call.json();
        String id = body.text("deployment_id");
        String environment = body.text("environment");
        String status = body.text("status");
        Boolean current = body.bool("is_current");
        Long size = body.longInteger("size_mb");
        body.requireValid();
        Optional<DeploymentId> deploymentId;
        try {
            deploymentId = Optional.ofNullable(id).map(DeploymentId::new);
        } catch (DomainException e) {
            throw DomainException.invalidField("deployment_id", "must look like dep_<letters and digits>");
        }
        var deployment = useCases.reportDeployment().report(new ReportDeploymentCommand(call.actor(), project,
                deploymentId, environment, status, Boolean.TRUE.equals(current), Optional.ofNullable(size)));
        return Reply.ok(DeploymentJson.of(deployment));
    }

    private Reply reportUsage(Call call) {
        JsonBody body = call.json();
        JsonNode samples = body.raw().get("samples");
        if (samples == null || !samples.isArray()) {
            throw DomainException.invalidField("samples", "must be an array of {project_id, day, metric, amount}");
        }
        if (samples.size() > ReportUsageUseCase.MAX_SAMPLES) {
            throw DomainException.invalidField("samples", "at most " + ReportUsageUseCase.MAX_SAMPLES + " per report");
        }
        List<UsageSampleInput> inputs = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            JsonNode sample = samples.get(i);
            String prefix = "samples[" + i + "].";
            if (!sample.isObject()) {
                throw DomainException.invalidField("samples[" + i + "]", "must be an object");
            }
            inputs.add(new UsageSampleInput(text(sample, prefix + "project_id", "project_id"),
                    text(sample, prefix + "day", "day"), text(sample, prefix + "metric", "metric"),
                    number(sample, prefix + "amount")));
        }
        return Reply.ok(new UsageReportJson(useCases.reportUsage().report(new ReportUsageCommand(call.actor(),
                inputs))));
    }

    private static String text(JsonNode sample, String field, String name) {
        JsonNode value = sample.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw DomainException.invalidField(field, "must be a string");
        }
        return value.textValue();
    }

    private static BigDecimal number(JsonNode sample, String field) {
        JsonNode value = sample.get("amount");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw DomainException.invalidField(field, "must be a number");
        }
        try {
            BigDecimal amount = new BigDecimal(value.asText());
            if ((long) amount.precision() - amount.scale() > 30) {
                throw DomainException.invalidField(field, "is too large");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw DomainException.invalidField(field, "must be a number");
        }
    }

    private Reply listProjects(Call call) {
        var page = useCases.listProjects().list(new ListProjectsQuery(call.actor(), call.team(),
                QueryParameters.page(call)));
        return Reply.ok(new ProjectsJson(page.items().stream().map(ProjectJson::of).toList(),
                page.nextCursor().orElse(null)));
    }

    private Reply reactivate(Call call) {
        var team = call.team();
        ProjectId project = projectId(call);
        return Reply.ok(ProjectJson.of(useCases.reactivate().reactivate(new ReactivateProjectCommand(call.actor(),
                team, project))));
    }

    private Reply listAlerts(Call call) {
        var team = call.team();
        Optional<YearMonth> month = QueryParameters.month(call, "month");
        var page = useCases.listAlerts().list(new ListUsageAlertsQuery(call.actor(), team, month,
                QueryParameters.page(call)));
        return Reply.ok(new AlertsJson(page.items().stream().map(AlertJson::of).toList(),
                page.nextCursor().orElse(null)));
    }
}
