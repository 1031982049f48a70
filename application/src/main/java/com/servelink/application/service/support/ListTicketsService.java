package com.servelink.application.service.support;

import com.servelink.application.port.in.support.ListTicketsUseCase;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.out.TicketCursor;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.TicketRepository.TicketFilter;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.support.Ticket;

import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Lists and searches a team's tickets with keyset pagination: one extra row tells if a next page exists. */
public final class ListTicketsService implements ListTicketsUseCase {
    private final TeamAccess access;
    private final TicketRepository tickets;
    private final Clock clock;
    private final SlaPolicy sla;

    public ListTicketsService(TeamAccess access, TicketRepository tickets, Clock clock, SlaPolicy sla) {
        this.access = access;
        this.tickets = tickets;
        this.clock = clock;
        this.sla = sla;
    }

    @Override
    public TicketPage list(ListTicketsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Optional<TicketCursor> after = query.cursor().map(TicketCursor::decode);
        TicketFilter filter = new TicketFilter(team.id(), query.status(), query.category(), query.priority(),
                query.text());
        List<Ticket> found = tickets.findPage(filter, after, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<Ticket> page = more ? found.subList(0, query.limit()) : found;
        Instant now = clock.instant();
        Optional<String> next = more
                ? Optional.of(new TicketCursor(page.get(page.size() - 1).createdAt(), page.get(page.size() - 1).id()).encode())
                : Optional.empty();
        return new TicketPage(page.stream().map(t -> TicketView.of(t, now, List.of(), sla)).toList(), next);
    }
}
