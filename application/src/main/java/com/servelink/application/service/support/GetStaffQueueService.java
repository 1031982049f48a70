package com.servelink.application.service.support;

import com.servelink.application.port.in.support.GetStaffQueueUseCase;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.service.access.TeamAccess;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The staff's priority queue across all teams, each ticket with its due time and overdue flag. */
public final class GetStaffQueueService implements GetStaffQueueUseCase {
    private final TicketRepository tickets;
    private final Clock clock;

    public GetStaffQueueService(TicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public List<TicketView> queue(GetStaffQueueQuery query) {
        TeamAccess.requireStaff(query.actor());
        Instant now = clock.instant();
        return tickets.findQueue(query.minPriority(), query.limit()).stream()
                .map(ticket -> TicketView.of(ticket, now, List.of()))
                .toList();
    }
}
