package com.servelink.application.port.out;

import java.time.Instant;

/**
 * Remembers which provider events were applied, so that a webhook delivered twice is applied
 * once. Called inside the transaction that applies the event.
 */
public interface ProcessedEventRepository {
    /** Records the event; returns {@code false} when it was already recorded. */
    boolean markProcessed(String provider, String eventId, Instant now);
}
