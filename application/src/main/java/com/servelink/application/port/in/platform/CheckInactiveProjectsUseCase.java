package com.servelink.application.port.in.platform;

/**
 * The daily job {@value #JOB}: on plans with an inactive-project policy, pauses active projects
 * without traffic for {@code pause_after_days} and disables projects inactive for
 * {@code delete_after_days}. Projects of plans without a policy (Pro) are never touched.
 */
public interface CheckInactiveProjectsUseCase {
    /** Returns how many projects this run paused or disabled (zero when run again). */
    int checkInactiveProjects();
}
