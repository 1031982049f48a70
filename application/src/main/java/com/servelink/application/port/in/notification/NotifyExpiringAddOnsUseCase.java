package com.servelink.application.port.in.notification;

/**
 * The daily job {@value #JOB}: announces once each active add-on that expires within three
 * days ({@code addon.expiring}), in the job's transaction, so the owners and admins can renew it.
 */
public interface NotifyExpiringAddOnsUseCase {
    /** Returns how many add-ons were announced (zero when run again the same day). */
    int notifyExpiring();
}
