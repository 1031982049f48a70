package com.servelink.application.port.in.admin;

import java.util.List;

/**
 * The name of every scheduled job, in one place: the keys of the scheduler, of the job-run log, of
 * {@code /api/admin/jobs/{name}/run} and of {@code SERVELINK_JOB_SCHEDULES}. Their UTC times are
 * the composition root's table (SPEC §7 and the issues that added jobs).
 */
public final class JobNames {
    public static final String PURGE_OUTBOX = "purge_outbox";
    public static final String CLOSE_RESOLVED_TICKETS = "close_resolved_tickets";
    public static final String CHECK_INACTIVE_PROJECTS = "check_inactive_projects";
    public static final String CLEANUP_INACTIVE_DEPLOYMENTS = "cleanup_inactive_deployments";
    public static final String UPDATE_PROJECT_STORAGE = "update_project_storage";
    public static final String EXPIRE_ADDITIONAL_RESOURCES = "expire_additional_resources";
    public static final String CHECK_USAGE_LIMITS = "check_usage_limits_task";
    public static final String NOTIFY_EXPIRING_ADDONS = "notify_expiring_addons";
    public static final String RECONCILE_PAYMENTS = "reconcile_payments";
    public static final String CHECK_SLA = "check_sla";
    public static final String RENEW_ADDITIONAL_RESOURCES = "renew_additional_resources";
    public static final String PROPOSE_FAQ_DRAFTS = "propose_faq_drafts";

    /** Every job: SPEC §7's six in its order, then those later issues added. */
    public static final List<String> ALL = List.of(CHECK_INACTIVE_PROJECTS, CLEANUP_INACTIVE_DEPLOYMENTS,
            UPDATE_PROJECT_STORAGE, EXPIRE_ADDITIONAL_RESOURCES, CHECK_USAGE_LIMITS, RECONCILE_PAYMENTS, PURGE_OUTBOX,
            CLOSE_RESOLVED_TICKETS, CHECK_SLA, NOTIFY_EXPIRING_ADDONS, RENEW_ADDITIONAL_RESOURCES,
            PROPOSE_FAQ_DRAFTS);

    private JobNames() {
    }
}
