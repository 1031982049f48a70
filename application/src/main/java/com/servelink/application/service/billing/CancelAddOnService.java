package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.CancelAddOnUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.shared.DomainException;

import java.time.Clock;
import java.time.Instant;

/**
 * Cancels a team's add-on. Not retried on a concurrent change: of two simultaneous
 * cancellations exactly one wins, the other gets a conflict.
 */
public final class CancelAddOnService implements CancelAddOnUseCase {
    private final TeamAccess access;
    private final AdditionalResourceRepository resources;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public CancelAddOnService(TeamAccess access, AdditionalResourceRepository resources, Transactions transactions,
                              Clock clock, EventPublisher events) {
        this.access = access;
        this.resources = resources;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public AdditionalResource cancel(CancelAddOnCommand command) {
        var team = access.requireBillingManager(command.actor(), command.team()).team();
        Instant now = clock.instant();
        AdditionalResource cancelled = transactions.inTransaction(() -> {
            AdditionalResource resource = resources.findById(command.resourceId())
                    .filter(r -> r.teamId().equals(team.id()))
                    .orElseThrow(() -> DomainException.notFound("resource " + command.resourceId()));
            resource.cancel(now);
            resources.save(resource);
            events.publish(new AddOnEvent.Cancelled(resource.id(), team.id(), now));
            return resource;
        });
        return cancelled;
    }
}
