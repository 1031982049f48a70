package com.servelink.application.service.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.support.PostMessageUseCase;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketStatus;

import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;
import java.time.Instant;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Adds a message to a ticket and moves its status as the author implies. Retried when another
 * message raced it: every message is kept, and the status ends where the table says.
 */
public final class PostMessageService implements PostMessageUseCase {
    private final TicketAccess access;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;
    private final EventPublisher events;
    private final SlaPolicy sla;

    public PostMessageService(TeamAccess teams, TicketRepository tickets, Transactions transactions, IdSource ids,
                              Clock clock, EventPublisher events, SlaPolicy sla) {
        this.access = new TicketAccess(teams, tickets);
        this.tickets = tickets;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.sla = sla;
    }

    private record Posted(Message message, Ticket ticket, TicketStatus before) {
    }

    @Override
    public Message post(PostMessageCommand command) {
        boolean staff = access.authorise(command.actor(), command.scope());
        if (command.internal() && !staff) {
            throw new DomainException(ErrorCode.FORBIDDEN, "only support staff write internal notes");
        }
        MessageId messageId = MessageId.fromOpaque(ids.nextOpaqueId());
        Posted posted = retrying(() -> transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Ticket ticket = access.reach(command.actor(), command.scope(), command.ticketId()).ticket();
            TicketStatus before = ticket.status();
            Message message = write(command, ticket, messageId, sla, now);
            tickets.save(ticket);
            tickets.addMessage(message);
            events.publish(new SupportEvent.MessagePosted(ticket.id(), ticket.teamId(), message.id(),
                    message.authorType(), message.internal(), message.createdAt()));
            if (before != ticket.status()) {
                events.publish(new SupportEvent.StatusChanged(ticket.id(), ticket.teamId(), before,
                        ticket.status(), message.createdAt()));
            }
            return new Posted(message, ticket, before);
        }));
        return posted.message();
    }

    private static Message write(PostMessageCommand command, Ticket ticket, MessageId id, SlaPolicy sla,
                                 Instant now) {
        if (command.actor() instanceof Actor.Staff staff) {
            return command.internal()
                    ? ticket.addInternalNote(id, staff.userId(), command.text(), now)
                    : ticket.replyAsStaff(id, staff.userId(), command.text(), sla, now);
        }
        if (command.actor() instanceof Actor.TeamUser user) {
            return ticket.replyAsUser(id, user.userId(), command.text(), sla, now);
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "only members and staff write on tickets");
    }
}
