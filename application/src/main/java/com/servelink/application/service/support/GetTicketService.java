package com.servelink.application.service.support;

import com.servelink.application.port.in.support.GetTicketUseCase;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.service.access.TeamAccess;

import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;

/** Shows a ticket and the messages the caller may read: internal notes for staff only. */
public final class GetTicketService implements GetTicketUseCase {
    private final TicketAccess access;
    private final TicketRepository tickets;
    private final Clock clock;
    private final SlaPolicy sla;

    public GetTicketService(TeamAccess teams, TicketRepository tickets, Clock clock, SlaPolicy sla) {
        this.access = new TicketAccess(teams, tickets);
        this.tickets = tickets;
        this.clock = clock;
        this.sla = sla;
    }

    @Override
    public TicketView get(GetTicketQuery query) {
        var reached = access.reach(query.actor(), query.scope(), query.ticketId());
        var messages = tickets.messagesOf(reached.ticket().id(), reached.staff());
        return TicketView.of(reached.ticket(), clock.instant(), messages, sla);
    }
}
