package com.servelink.application.service.support;

import com.servelink.application.port.in.support.GetStaffQueueUseCase;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.service.access.TeamAccess;

import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The staff's priority queue across all teams, each ticket with its due times and SLA flags (75 %, 100 %). */
public final class GetStaffQueueService implements GetStaffQueueUseCase {
    private final TicketRepository tickets;
    private final Clock clock;
    private final SlaPolicy sla;

    public GetStaffQueueService(TicketRepository tickets, Clock clock, SlaPolicy sla) {
        this.tickets = tickets;
        this.clock = clock;
        this.sla = sla;
    }

    @Override
    public List<TicketView> queue(GetStaffQueueQuery query) {
        TeamAccess.requireStaff(query.actor());
        Instant now = clock.instant();
        return tickets.findQueue(query.minPriority(), query.limit()).stream()
                .map(ticket -> TicketView.of(ticket, now, List.of(), sla))
                .toList();
    }
}
