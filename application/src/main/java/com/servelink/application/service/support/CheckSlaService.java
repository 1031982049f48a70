package com.servelink.application.service.support;

import com.servelink.application.port.in.support.CheckSlaUseCase;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketId;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Checks the tickets whose next SLA check has come, one transaction each: the ticket decides what
 * to raise, the raised flags are saved with it and its events published in the same transaction,
 * so a warning or breach is raised once whatever the number of runs or nodes.
 */
public final class CheckSlaService implements CheckSlaUseCase {
    private static final int BATCH = 200;

    private final TicketRepository tickets;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;
    private final SlaPolicy sla;

    public CheckSlaService(TicketRepository tickets, Transactions transactions, Clock clock, EventPublisher events,
                           SlaPolicy sla) {
        this.tickets = tickets;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.sla = Objects.requireNonNull(sla, "sla");
    }

    @Override
    public int checkSla() {
        Instant now = clock.instant();
        Set<TicketId> seen = new HashSet<>();
        int raised = 0;
        while (true) {
            List<TicketId> due = tickets.findSlaCheckDue(now, BATCH + seen.size()).stream()
                    .filter(id -> !seen.contains(id)).toList();
            if (due.isEmpty()) {
                return raised;
            }
            for (TicketId id : due) {
                seen.add(id);
                raised += retrying(() -> transactions.inTransaction(() -> check(id, now)));
            }
        }
    }

    private int check(TicketId id, Instant now) {
        Ticket ticket = tickets.findById(id).orElse(null);
        if (ticket == null) {
            return 0;
        }
        List<SupportEvent> raised = ticket.checkSla(sla, now);
        tickets.save(ticket);
        raised.forEach(events::publish);
        return raised.size();
    }
}
