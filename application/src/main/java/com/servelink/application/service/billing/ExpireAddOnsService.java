package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ExpireAddOnsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;

import java.time.Instant;
import java.util.List;

import java.time.Clock;

/**
 * Expires add-ons past their time in one set-based change. Limits never wait for it (an add-on
 * stops counting at {@code expires_at}); it keeps statuses truthful for lists and reports.
 */
public final class ExpireAddOnsService implements ExpireAddOnsUseCase {
    private final AdditionalResourceRepository resources;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public ExpireAddOnsService(AdditionalResourceRepository resources, Transactions transactions, Clock clock,
                               EventPublisher events) {
        this.resources = resources;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /** One statement expires them all; the ones it expires are read first, in the same transaction, for their events. */
    @Override
    public int expireDue() {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<AdditionalResource> due = resources.findActiveExpiring(Instant.EPOCH, now);
            int expired = resources.expireDue(now);
            due.forEach(resource -> events.publish(new AddOnEvent.Expired(resource.id(), resource.teamId(),
                    resource.expiresAt().orElseThrow(), now)));
            return expired;
        });
    }
}
