package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.PurgeOutboxUseCase;
import com.servelink.application.port.out.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Removes events fanned out more than {@code retention} ago once every delivery of theirs has
 * ended. A pending delivery keeps its event whatever its age; a manual redelivery is possible
 * for as long as the event is kept.
 */
public final class PurgeOutboxService implements PurgeOutboxUseCase {
    private final Outbox outbox;
    private final Clock clock;
    private final Duration retention;

    public PurgeOutboxService(Outbox outbox, Clock clock, Duration retention) {
        this.outbox = outbox;
        this.clock = clock;
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public int purge() {
        return outbox.purgeFinishedBefore(clock.instant().minus(retention));
    }
}
