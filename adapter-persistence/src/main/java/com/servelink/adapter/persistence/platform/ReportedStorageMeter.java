package com.servelink.adapter.persistence.platform;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.StorageMeter;
import com.servelink.application.port.out.StorageUnavailableException;
import com.servelink.domain.platform.Project;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

/**
 * The default storage meter (SPEC §7: "the default adapter sums the sizes the platform
 * reported"): a project's disk use is the sum of {@code size_mb} of its deployments that are not
 * {@code removed}, whatever their environment or status (a running, finished or failed
 * deployment still occupies its disk until the clean-up removes it). A project without such
 * deployments uses 0 MB. One {@code SUM} query per project, by the index on
 * {@code deployment (project_id, …)}.
 *
 * <p>It measures nothing on the platform itself: what it sums is only as fresh as the platform's
 * last reports. When the database cannot be reached it throws {@code PROVIDER_UNAVAILABLE}, as the
 * port asks, and the job keeps the project's last value.
 */
public final class ReportedStorageMeter implements StorageMeter {
    private final JpaTransactions tx;

    public ReportedStorageMeter(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long storageMb(Project project) {
        try {
            return tx.withEntityManager(em -> em.createQuery("""
                            select coalesce(sum(d.sizeMb), 0) from DeploymentEntity d
                            where d.projectId = :project and d.status <> 'removed'""", Long.class)
                    .setParameter("project", project.id().value())
                    .getSingleResult());
        } catch (StorageUnavailableException e) {
            throw new DomainException(ErrorCode.PROVIDER_UNAVAILABLE,
                    "storage of " + project.id() + " cannot be measured now: the database is unavailable");
        }
    }
}
