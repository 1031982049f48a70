package com.servelink.bootstrap.wiring;

import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.FailPaymentUseCase;
import com.servelink.application.service.billing.ExpireAddOnsService;
import com.servelink.application.service.billing.ReconcilePaymentsService;
import com.servelink.application.service.billing.RenewAddOnsService;
import com.servelink.application.service.kb.ProposeFaqDraftsService;
import com.servelink.application.service.notification.NotifyExpiringAddOnsService;
import com.servelink.application.service.notification.PurgeOutboxService;
import com.servelink.application.service.platform.CheckInactiveProjectsService;
import com.servelink.application.service.platform.CheckUsageLimitsService;
import com.servelink.application.service.platform.CleanupInactiveDeploymentsService;
import com.servelink.application.service.platform.UpdateProjectStorageService;
import com.servelink.application.service.support.CheckSlaService;
import com.servelink.application.service.support.CloseResolvedTicketsService;
import com.servelink.bootstrap.metrics.Metrics;
import com.servelink.domain.billing.PendingPaymentPolicy;

import java.util.List;

import static com.servelink.application.port.in.admin.JobNames.CHECK_INACTIVE_PROJECTS;
import static com.servelink.application.port.in.admin.JobNames.CHECK_SLA;
import static com.servelink.application.port.in.admin.JobNames.CHECK_USAGE_LIMITS;
import static com.servelink.application.port.in.admin.JobNames.CLEANUP_INACTIVE_DEPLOYMENTS;
import static com.servelink.application.port.in.admin.JobNames.CLOSE_RESOLVED_TICKETS;
import static com.servelink.application.port.in.admin.JobNames.EXPIRE_ADDITIONAL_RESOURCES;
import static com.servelink.application.port.in.admin.JobNames.NOTIFY_EXPIRING_ADDONS;
import static com.servelink.application.port.in.admin.JobNames.PROPOSE_FAQ_DRAFTS;
import static com.servelink.application.port.in.admin.JobNames.PURGE_OUTBOX;
import static com.servelink.application.port.in.admin.JobNames.RECONCILE_PAYMENTS;
import static com.servelink.application.port.in.admin.JobNames.RENEW_ADDITIONAL_RESOURCES;
import static com.servelink.application.port.in.admin.JobNames.UPDATE_PROJECT_STORAGE;

/**
 * The platform's scheduled jobs and their UTC times, in one table (SPEC §7 for the seed's six,
 * the issues that added the others), with the services only jobs use. Times may be replaced per
 * job by {@code SERVELINK_JOB_SCHEDULES}; every run is timed by the metrics.
 */
public final class ScheduledJobs {
    private ScheduledJobs() {
    }

    public static List<JobDefinition> wire(Core core, ConfirmPaymentUseCase confirm, FailPaymentUseCase fail,
                                           Metrics metrics) {
        var db = core.database();
        var tx = core.tx();
        var clock = core.clock();
        var events = core.events();
        var configuration = core.configuration();
        var expire = new ExpireAddOnsService(db.resources(), tx, clock, events);
        var reconcile = new ReconcilePaymentsService(db.payments(), db.resources(), core.gateway(), confirm, tx, clock,
                new PendingPaymentPolicy(configuration.paymentPendingTtl()), events);
        var inactiveProjects = new CheckInactiveProjectsService(core.catalog(), db.projects(), tx, clock, events);
        var cleanupDeployments = new CleanupInactiveDeploymentsService(db.projects(), db.deployments(), tx);
        var projectStorage = new UpdateProjectStorageService(db.projects(), db.storageMeter(), tx);
        var usageLimits = new CheckUsageLimitsService(core.catalog(), db.teams(), db.resources(), db.usage(),
                db.usageAlerts(), tx, core.ids(), clock, events);
        var notifyExpiring = new NotifyExpiringAddOnsService(db.resources(), tx, clock, events);
        var purgeOutbox = new PurgeOutboxService(core.outbox(), clock, configuration.outbox().retention());
        var closeResolved = new CloseResolvedTicketsService(db.tickets(), tx, core.ids(), clock, events, core.sla());
        var checkSla = new CheckSlaService(db.tickets(), tx, clock, events, core.sla());
        var renew = new RenewAddOnsService(db.resources(), db.payments(), core.gateway(), confirm, fail, tx,
                core.ids(), clock);
        var faqDrafts = new ProposeFaqDraftsService(db.tickets(), db.articles(), tx, core.ids(), clock);
        return metrics.timed(configuration.schedulerTuning().apply(List.of(
                // SPEC §7's six, in its order, then the jobs later issues added
                new JobDefinition(CHECK_INACTIVE_PROJECTS, "0 0 2 * * ?", inactiveProjects::checkInactiveProjects),
                new JobDefinition(CLEANUP_INACTIVE_DEPLOYMENTS, "0 0 3 * * ?", cleanupDeployments::cleanupDeployments),
                new JobDefinition(UPDATE_PROJECT_STORAGE, "0 0 4 * * ?", projectStorage::updateStorage),
                new JobDefinition(EXPIRE_ADDITIONAL_RESOURCES, "0 0 5 * * ?", expire::expireDue),
                new JobDefinition(CHECK_USAGE_LIMITS, "0 0 6 * * ?", usageLimits::checkUsageLimits),
                // two hours after the expiry job, during European mornings (decision 141)
                new JobDefinition(NOTIFY_EXPIRING_ADDONS, "0 0 7 * * ?", notifyExpiring::notifyExpiring),
                new JobDefinition(RECONCILE_PAYMENTS, "0 0 * * * ?", reconcile::reconcile),
                new JobDefinition(PURGE_OUTBOX, "0 0 0 * * ?", purgeOutbox::purge),
                new JobDefinition(CLOSE_RESOLVED_TICKETS, "0 0 1 * * ?", closeResolved::closeResolved),
                new JobDefinition(CHECK_SLA, "0 * * * * ?", checkSla::checkSla),
                // half an hour before the expiry job: a declined renewal still expires on time
                new JobDefinition(RENEW_ADDITIONAL_RESOURCES, "0 30 4 * * ?", renew::renewDue),
                // weekly, Monday night, before the staff's week starts (decision 235)
                new JobDefinition(PROPOSE_FAQ_DRAFTS, "0 30 2 ? * MON", faqDrafts::proposeDrafts))));
    }
}
