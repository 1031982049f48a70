package com.servelink.application.service.support;

import com.servelink.application.port.in.support.CloseResolvedTicketsUseCase;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Closes resolved tickets left quiet for {@link #QUIET}, one transaction each: the system
 * message, the closing and their events go together. A ticket reopened or closed meanwhile is
 * skipped, so a second run (or another node) closes nothing more.
 */
public final class CloseResolvedTicketsService implements CloseResolvedTicketsUseCase {
    /** Teams carry no language: the platform's message is in English (decision 131). */
    public static final String MESSAGE = "This ticket was closed automatically: it was resolved and nobody "
            + "wrote on it for 7 days. If you still need help, please open a new ticket.";
    private static final int BATCH = 200;

    private final TicketRepository tickets;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;
    private final EventPublisher events;
    private final SlaPolicy sla;

    public CloseResolvedTicketsService(TicketRepository tickets, Transactions transactions, IdSource ids, Clock clock,
                                       EventPublisher events, SlaPolicy sla) {
        this.tickets = tickets;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.sla = Objects.requireNonNull(sla, "sla");
    }

    @Override
    public int closeResolved() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(QUIET);
        int closed = 0;
        while (true) {
            List<TicketId> due = tickets.findResolvedBefore(cutoff, BATCH);
            int before = closed;
            for (TicketId id : due) {
                closed += retrying(() -> transactions.inTransaction(() -> close(id, cutoff, now)));
            }
            if (due.size() < BATCH || closed == before) {
                return closed;
            }
        }
    }

    private int close(TicketId id, Instant cutoff, Instant now) {
        Ticket ticket = tickets.findById(id).orElse(null);
        if (ticket == null || ticket.status() != TicketStatus.RESOLVED
                || ticket.resolvedAt().map(at -> at.isAfter(cutoff)).orElse(true)) {
            return 0;
        }
        Message message = ticket.systemMessage(MessageId.fromOpaque(ids.nextOpaqueId()), MESSAGE, now);
        ticket.close(sla, now);
        tickets.save(ticket);
        tickets.addMessage(message);
        events.publish(new SupportEvent.MessagePosted(ticket.id(), ticket.teamId(), message.id(),
                message.authorType(), false, now));
        events.publish(new SupportEvent.StatusChanged(ticket.id(), ticket.teamId(), TicketStatus.RESOLVED,
                TicketStatus.CLOSED, now));
        return 1;
    }
}
