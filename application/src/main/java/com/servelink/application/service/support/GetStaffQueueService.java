package com.servelink.application.service.support;

import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.in.support.GetStaffQueueUseCase;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.out.TicketRepository.QueuePosition;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    public Page<TicketView> queue(GetStaffQueueQuery query) {
        TeamAccess.requireStaff(query.actor());
        Optional<QueuePosition> after = query.page().cursor().map(QueuePosition::decode);
        Instant now = clock.instant();
        return Page.of(tickets.findQueue(query.minPriority(), after, query.page().probe()), query.page(),
                        ticket -> QueuePosition.of(ticket).encode())
                .map(ticket -> TicketView.of(ticket, now, List.of(), sla));
    }
}
