package com.servelink.application.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.platform.CreateProjectUseCase.CreateProjectCommand;
import com.servelink.application.port.in.platform.ListUsageAlertsUseCase.ListUsageAlertsQuery;
import com.servelink.application.port.in.platform.RecordTrafficUseCase.RecordTrafficCommand;
import com.servelink.application.port.in.platform.ReportDeploymentUseCase.ReportDeploymentCommand;
import com.servelink.application.port.in.platform.ReportUsageUseCase.ReportUsageCommand;
import com.servelink.application.port.in.platform.ReportUsageUseCase.UsageSampleInput;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.TeamSlug;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The operator's reports and members' look-ups, in the short form the platform tests use. */
final class PlatformSteps {
    private final TestCore core;

    PlatformSteps(TestCore core) {
        this.core = core;
    }

    Project createProject(TeamSlug team, String name) {
        return core.createProject.create(new CreateProjectCommand(core.operator, team, name));
    }

    Project traffic(Project project, Instant at) {
        return core.recordTraffic.recordTraffic(new RecordTrafficCommand(core.operator, project.id(), Optional.of(at)));
    }

    Project reload(Project project) {
        return core.projects.findById(project.id()).orElseThrow();
    }

    Deployment deploy(Project project, String environment, String status, boolean current) {
        return core.reportDeployment.report(new ReportDeploymentCommand(core.operator, project.id(), Optional.empty(),
                environment, status, current, Optional.of(10L)));
    }

    Deployment update(Deployment deployment, String status, boolean current) {
        return core.reportDeployment.report(new ReportDeploymentCommand(core.operator, deployment.projectId(),
                Optional.of(deployment.id()), deployment.environment().value(), status, current, Optional.empty()));
    }

    Deployment reload(DeploymentId id) {
        return core.deployments.findById(id).orElseThrow();
    }

    static UsageSampleInput sample(ProjectId project, String day, String metric, String amount) {
        return new UsageSampleInput(project.value(), day, metric, amount == null ? null : new BigDecimal(amount));
    }

    int report(UsageSampleInput... samples) {
        return core.reportUsage.report(new ReportUsageCommand(core.operator, List.of(samples)));
    }

    List<UsageAlert> alertsOf(TeamSlug team) {
        return core.listUsageAlerts.list(new ListUsageAlertsQuery(ownerOf(team), team, Optional.empty())).items();
    }

    Actor ownerOf(TeamSlug team) {
        if (team.equals(TestCore.TINY)) {
            return core.freeOwner;
        }
        return team.equals(TestCore.RIVAL) ? core.rivalOwner : core.owner;
    }
}
