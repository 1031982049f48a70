package com.servelink.adapter.persistence.system;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.JobRunLog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.Optional;

/** The last run of each job in {@code job_run}, shared by every node. */
public final class JpaJobRunLog implements JobRunLog {
    private final JpaTransactions tx;

    public JpaJobRunLog(JpaTransactions tx) {
        this.tx = tx;
    }

    /**
     * Replaces the job's last run. Two runs recording the job's very first row at once collide on
     * its key; the loser then finds the row and updates it (a run log must not fail its job).
     */
    @Override
    public void record(JobRun run) {
        for (int attempt = 1; ; attempt++) {
            try {
                write(run);
                return;
            } catch (DomainException e) {
                if (e.code() != ErrorCode.CONFLICT || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void write(JobRun run) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            JobRunEntity entity = em.find(JobRunEntity.class, run.job());
            boolean first = entity == null;
            if (first) {
                entity = new JobRunEntity();
                entity.job = run.job();
            }
            entity.affected = run.affected();
            entity.startedAt = run.startedAt();
            entity.finishedAt = run.finishedAt();
            if (first) {
                em.persist(entity);
            }
            return null;
        }));
    }

    @Override
    public Optional<JobRun> last(String job) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(JobRunEntity.class, job))
                .map(e -> new JobRun(e.job, e.affected, e.startedAt, e.finishedAt)));
    }
}
