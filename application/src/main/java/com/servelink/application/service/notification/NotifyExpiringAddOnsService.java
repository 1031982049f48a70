package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.NotifyExpiringAddOnsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes {@code addon.expiring} once for each active add-on expiring within {@link #NOTICE},
 * in the job's transaction: the mark and the event are stored together or not at all.
 */
public final class NotifyExpiringAddOnsService implements NotifyExpiringAddOnsUseCase {
    public static final Duration NOTICE = Duration.ofDays(3);

    private final AdditionalResourceRepository resources;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public NotifyExpiringAddOnsService(AdditionalResourceRepository resources, Transactions transactions, Clock clock,
                                       EventPublisher events) {
        this.resources = resources;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public int notifyExpiring() {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            int announced = 0;
            for (AdditionalResource resource : resources.findActiveExpiring(now, now.plus(NOTICE))) {
                Instant expiresAt = resource.expiresAt().orElseThrow();
                if (resources.markExpiryAnnounced(resource.id(), expiresAt)) {
                    events.publish(new AddOnEvent.Expiring(resource.id(), resource.teamId(), expiresAt, now));
                    announced++;
                }
            }
            return announced;
        });
    }
}
