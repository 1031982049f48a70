package com.servelink.application.port.in.notification;

/** Keeps the outbox small: events whose deliveries all ended long ago are removed. */
public interface PurgeOutboxUseCase {
    /** Returns how many events were removed (zero when run again the same day). */
    int purge();
}
