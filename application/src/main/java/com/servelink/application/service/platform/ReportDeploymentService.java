package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.ReportDeploymentUseCase;
import com.servelink.application.port.out.DeploymentRepository;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.DeploymentStatus;
import com.servelink.domain.platform.Environment;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;

import java.time.Clock;
import java.util.OptionalLong;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Records a new deployment or news of one. Making one current retires the current one of the
 * same project and environment in the same unit of work, so at most one is current. Retried on
 * a concurrent change: the report is still true on the fresh state.
 */
public final class ReportDeploymentService implements ReportDeploymentUseCase {
    private final ProjectRepository projects;
    private final DeploymentRepository deployments;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;

    public ReportDeploymentService(ProjectRepository projects, DeploymentRepository deployments,
                                   Transactions transactions, IdSource ids, Clock clock) {
        this.projects = projects;
        this.deployments = deployments;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Deployment report(ReportDeploymentCommand command) {
        TeamAccess.requireOperator(command.actor());
        FieldChecks checks = new FieldChecks()
                .require(Environment.isValid(command.environment()), "environment",
                        "must be 1 to 40 characters of a-z, 0-9 and -")
                .require(command.sizeMb().map(size -> size >= 0).orElse(true), "sizeMb", "must be 0 or more");
        DeploymentStatus status = null;
        try {
            checks.require(command.status() != null, "status", "is required");
            status = command.status() == null ? null : DeploymentStatus.reportedFromCode(command.status(), "status");
        } catch (DomainException e) {
            e.fieldErrors().forEach(checks::add);
        }
        checks.throwIfAny();
        Environment environment = new Environment(command.environment());
        DeploymentStatus reported = status;
        OptionalLong size = command.sizeMb().map(OptionalLong::of).orElse(OptionalLong.empty());
        return retrying(() -> transactions.inTransaction(() -> {
            projects.findById(command.projectId())
                    .orElseThrow(() -> DomainException.notFound("project " + command.projectId()));
            Deployment deployment;
            if (command.deploymentId().isPresent()) {
                DeploymentId id = command.deploymentId().get();
                deployment = deployments.findById(id).filter(d -> d.projectId().equals(command.projectId()))
                        .orElseThrow(() -> DomainException.notFound("deployment " + id));
                if (!deployment.environment().equals(environment)) {
                    throw DomainException.invalidField("environment", "deployment " + id + " is in "
                            + deployment.environment() + "; a deployment cannot change environment");
                }
                deployment.report(reported, command.current(), size);
            } else {
                deployment = Deployment.create(DeploymentId.fromOpaque(ids.nextOpaqueId()), command.projectId(),
                        environment, reported, command.current(), size.orElse(0), clock.instant());
            }
            if (deployment.isCurrent()) {
                for (Deployment other : deployments.findByProject(command.projectId())) {
                    if (!other.id().equals(deployment.id()) && other.environment().equals(environment)
                            && other.retire()) {
                        deployments.save(other);
                    }
                }
            }
            deployments.save(deployment);
            return deployment;
        }));
    }
}
