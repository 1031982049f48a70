package com.servelink.application.service.support;

import com.servelink.application.port.in.support.ExportTicketsUseCase;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.TicketRepository.ExportedTicket;
import com.servelink.application.port.out.TicketRepository.TicketFilter;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.team.Team;

import java.util.function.Consumer;

/** Checks a member's ticket export (the same access as the list), then streams the matching tickets. */
public final class ExportTicketsService implements ExportTicketsUseCase {
    private final TeamAccess access;
    private final TicketRepository tickets;

    public ExportTicketsService(TeamAccess access, TicketRepository tickets) {
        this.access = access;
        this.tickets = tickets;
    }

    @Override
    public TicketExport prepare(ExportTicketsQuery query) {
        Team team = access.requireMember(query.actor(), query.team()).team();
        return new Export(team, new TicketFilter(team.id(), query.status(), query.category(), query.priority(),
                query.text()), tickets);
    }

    private record Export(Team team, TicketFilter filter, TicketRepository tickets) implements TicketExport {
        @Override
        public long writeTo(Consumer<ExportedTicket> sink) {
            return tickets.streamTickets(filter, sink);
        }
    }
}
