package com.servelink.application.port.in.notification;

/**
 * The daily job {@value #JOB}: announces once each active add-on that expires within three
 * days ({@code addon.expiring}), in the job's transaction, so the owners and admins can renew it.
 */
public interface NotifyExpiringAddOnsUseCase {
    String JOB = "notify_expiring_addons";
    /** Daily at 07:00 UTC, two hours after the expiry job of 05:00 UTC. */
    String CRON = "0 0 7 * * ?";

    /** Returns how many add-ons were announced (zero when run again the same day). */
    int notifyExpiring();
}
