package com.servelink.application.port.in.platform;

/**
 * The daily job {@value #JOB}: per project and environment, keeps the current deployment and
 * the rollback target and marks older finished or failed deployments removed.
 */
public interface CleanupInactiveDeploymentsUseCase {
    /** Returns how many deployments this run removed (zero when run again). */
    int cleanupDeployments();
}
