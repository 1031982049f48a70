package com.servelink.application.service.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.support.CreateTicketUseCase;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketId;

import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Opens a ticket for a member's team, at the priority its plan grants, with the description as first message. */
public final class CreateTicketService implements CreateTicketUseCase {
    private final TeamAccess access;
    private final PricingCatalog catalog;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;
    private final EventPublisher events;
    private final SlaPolicy sla;

    public CreateTicketService(TeamAccess access, PricingCatalog catalog, TicketRepository tickets,
                               Transactions transactions, IdSource ids, Clock clock, EventPublisher events, SlaPolicy sla) {
        this.access = access;
        this.catalog = catalog;
        this.tickets = tickets;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.sla = sla;
    }

    @Override
    public TicketView create(CreateTicketCommand command) {
        var team = access.requireMember(command.actor(), command.team()).team();
        var user = ((Actor.TeamUser) command.actor()).userId();
        boolean prioritySupport = catalog.requirePlan(team.plan()).hasPrioritySupport();
        Instant now = clock.instant();
        Ticket ticket = Ticket.open(TicketId.fromOpaque(ids.nextOpaqueId()), team.id(), user, command.subject(),
                command.description(), command.category(), command.requestedPriority().orElse(null),
                prioritySupport, sla, now);
        Message first = ticket.descriptionMessage(MessageId.fromOpaque(ids.nextOpaqueId()));
        transactions.run(() -> {
            tickets.save(ticket);
            tickets.addMessage(first);
            events.publish(new SupportEvent.Opened(ticket.id(), team.id(), ticket.priority(), now));
        });
        return TicketView.of(ticket, now, List.of(first), sla);
    }
}
