package com.servelink.adapter.persistence.platform;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.DeploymentRepository;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.DeploymentStatus;
import com.servelink.domain.platform.Environment;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.List;
import java.util.Optional;

/**
 * Deployments in table {@code deployment}, read newest first by the index
 * {@code (project_id, created_at, id)}. A save checks the version the deployment was loaded with.
 */
public final class JpaDeploymentRepository implements DeploymentRepository {
    private final JpaTransactions tx;

    public JpaDeploymentRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Deployment> findById(DeploymentId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(DeploymentEntity.class, id.value()))
                .map(JpaDeploymentRepository::toDomain));
    }

    @Override
    public List<Deployment> findByProject(ProjectId project) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select d from DeploymentEntity d where d.projectId = :project
                        order by d.createdAt desc, d.id desc""", DeploymentEntity.class)
                .setParameter("project", project.value())
                .getResultStream().map(JpaDeploymentRepository::toDomain).toList());
    }

    @Override
    public void save(Deployment deployment) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            DeploymentEntity entity = em.find(DeploymentEntity.class, deployment.id().value());
            if (entity == null) {
                if (deployment.version() != 0) {
                    throw stale(deployment);
                }
                entity = new DeploymentEntity();
                entity.id = deployment.id().value();
                copy(deployment, entity);
                em.persist(entity);
            } else {
                if (entity.version != deployment.version()) {
                    throw stale(deployment);
                }
                copy(deployment, entity);
            }
            em.flush();
            return null;
        }));
    }

    private static DomainException stale(Deployment deployment) {
        return new DomainException(ErrorCode.CONFLICT,
                "deployment " + deployment.id() + " was changed concurrently; reload and retry");
    }

    private static void copy(Deployment d, DeploymentEntity e) {
        e.projectId = d.projectId().value();
        e.environment = d.environment().value();
        e.status = d.status().code();
        e.sizeMb = d.sizeMb();
        e.createdAt = d.createdAt();
        e.current = d.isCurrent();
    }

    static Deployment toDomain(DeploymentEntity e) {
        return Deployment.reconstitute(new DeploymentId(e.id), new ProjectId(e.projectId),
                new Environment(e.environment), DeploymentStatus.fromCode(e.status, "status"), e.createdAt,
                e.current, e.sizeMb, e.version);
    }
}
