package com.servelink.application.service.support;

import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.in.support.UpdateTicketUseCase;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketStatus;

import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.servelink.application.service.ConflictRetry.retrying;

/** Applies an explicit change of status, priority or assignee, as the caller's role allows. */
public final class UpdateTicketService implements UpdateTicketUseCase {
    private final TicketAccess access;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;
    private final SlaPolicy sla;

    public UpdateTicketService(TeamAccess teams, TicketRepository tickets, Transactions transactions, Clock clock,
                               EventPublisher events, SlaPolicy sla) {
        this.access = new TicketAccess(teams, tickets);
        this.tickets = tickets;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.sla = sla;
    }

    private record Updated(Ticket ticket, TicketStatus before, Instant at) {
    }

    @Override
    public TicketView update(UpdateTicketCommand command) {
        boolean staff = access.authorise(command.actor(), command.scope());
        if (!staff) {
            requireMemberChange(command);
        }
        Updated updated = retrying(() -> transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Ticket ticket = access.reach(command.actor(), command.scope(), command.ticketId()).ticket();
            TicketStatus before = ticket.status();
            command.priority().ifPresent(priority -> ticket.changePriority(priority, sla, now));
            command.assignee().ifPresent(assignee -> ticket.assignTo(assignee.orElse(null), now));
            command.status().ifPresent(status -> ticket.moveTo(status, sla, now));
            tickets.save(ticket);
            if (before != ticket.status()) {
                events.publish(new SupportEvent.StatusChanged(ticket.id(), ticket.teamId(), before,
                        ticket.status(), now));
            }
            return new Updated(ticket, before, now);
        }));
        return TicketView.of(updated.ticket(), updated.at(), List.of(), sla);
    }

    /** Members may resolve or close their tickets; everything else is staff work. */
    private static void requireMemberChange(UpdateTicketCommand command) {
        if (command.priority().isPresent() || command.assignee().isPresent()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "only support staff change priority or assignee");
        }
        TicketStatus status = command.status().orElseThrow();
        if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
            throw new DomainException(ErrorCode.FORBIDDEN, "members may only set the status to resolved or closed");
        }
    }
}
