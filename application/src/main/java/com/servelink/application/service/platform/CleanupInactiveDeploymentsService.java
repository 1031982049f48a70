package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.CleanupInactiveDeploymentsUseCase;
import com.servelink.application.port.out.DeploymentRepository;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentCleanupPolicy;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;

import java.util.List;
import java.util.Optional;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Removes the deployments the {@link DeploymentCleanupPolicy} no longer keeps, project by
 * project; a project with something to remove is reloaded and cleaned in its own unit of work.
 */
public final class CleanupInactiveDeploymentsService implements CleanupInactiveDeploymentsUseCase {
    static final int BATCH = 500;

    private final ProjectRepository projects;
    private final DeploymentRepository deployments;
    private final Transactions transactions;

    public CleanupInactiveDeploymentsService(ProjectRepository projects, DeploymentRepository deployments,
                                             Transactions transactions) {
        this.projects = projects;
        this.deployments = deployments;
        this.transactions = transactions;
    }

    @Override
    public int cleanupDeployments() {
        int removed = 0;
        Optional<ProjectId> after = Optional.empty();
        List<Project> page;
        do {
            page = projects.findPage(after, BATCH);
            for (Project project : page) {
                if (!DeploymentCleanupPolicy.removable(deployments.findByProject(project.id())).isEmpty()) {
                    removed += cleanup(project.id());
                }
            }
            if (!page.isEmpty()) {
                after = Optional.of(page.get(page.size() - 1).id());
            }
        } while (page.size() == BATCH);
        return removed;
    }

    private int cleanup(ProjectId project) {
        return retrying(() -> transactions.inTransaction(() -> {
            int count = 0;
            for (Deployment deployment : DeploymentCleanupPolicy.removable(deployments.findByProject(project))) {
                if (deployment.remove()) {
                    deployments.save(deployment);
                    count++;
                }
            }
            return count;
        }));
    }
}
