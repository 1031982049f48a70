package com.servelink.application.port.in.support;

import com.servelink.domain.support.Message;
import com.servelink.domain.support.Ticket;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as one reader may see it at one instant: its fields, its first-response figures and
 * the messages this reader is allowed to read (empty in lists).
 */
public record TicketView(Ticket ticket, Instant firstResponseDueAt, boolean firstResponseOverdue,
                         List<Message> messages) {
    public TicketView {
        messages = List.copyOf(messages);
    }

    public static TicketView of(Ticket ticket, Instant now, List<Message> messages) {
        return new TicketView(ticket, ticket.firstResponseDueAt(), ticket.isFirstResponseOverdue(now), messages);
    }
}
