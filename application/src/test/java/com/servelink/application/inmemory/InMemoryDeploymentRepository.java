package com.servelink.application.inmemory;

import com.servelink.application.port.out.DeploymentRepository;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentCleanupPolicy;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.ProjectId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deployments in a map, stored as copies so that only {@link #save} changes what is stored. */
public final class InMemoryDeploymentRepository implements DeploymentRepository {
    private final Map<DeploymentId, Deployment> deployments = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Deployment> findById(DeploymentId id) {
        return Optional.ofNullable(deployments.get(id)).map(d -> copy(d, d.version()));
    }

    @Override
    public synchronized List<Deployment> findByProject(ProjectId project) {
        return deployments.values().stream()
                .filter(d -> d.projectId().equals(project))
                .sorted(DeploymentCleanupPolicy.CHRONOLOGICAL.reversed())
                .map(d -> copy(d, d.version()))
                .toList();
    }

    @Override
    public synchronized void save(Deployment deployment) {
        Deployment stored = deployments.get(deployment.id());
        long version = Versions.next(stored == null ? null : stored.version(), deployment.version(),
                "deployment " + deployment.id());
        deployments.put(deployment.id(), copy(deployment, version));
    }

    private static Deployment copy(Deployment d, long version) {
        return Deployment.reconstitute(d.id(), d.projectId(), d.environment(), d.status(), d.createdAt(),
                d.isCurrent(), d.sizeMb(), version);
    }
}
