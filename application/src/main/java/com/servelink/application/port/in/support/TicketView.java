package com.servelink.application.port.in.support;

import com.servelink.domain.support.Message;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.SlaStatus;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.Ticket;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket as one reader may see it at one instant: its fields, its first-response figures, its
 * SLA (the running due times, the targets breached, where it stands against them) and the
 * messages this reader is allowed to read (empty in lists).
 */
public record TicketView(Ticket ticket, Instant firstResponseDueAt, boolean firstResponseOverdue,
                         Optional<Instant> nextResponseDueAt, Optional<Instant> resolutionDueAt,
                         Set<SlaTarget> slaBreached, SlaStatus slaStatus, List<Message> messages) {
    public TicketView {
        Objects.requireNonNull(nextResponseDueAt, "nextResponseDueAt");
        Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
        Objects.requireNonNull(slaStatus, "slaStatus");
        slaBreached = slaBreached.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(slaBreached));
        messages = List.copyOf(messages);
    }

    public static TicketView of(Ticket ticket, Instant now, List<Message> messages, SlaPolicy policy) {
        return new TicketView(ticket, ticket.firstResponseDueAt(), ticket.isFirstResponseOverdue(now),
                ticket.nextResponseDueAt(), ticket.resolutionDueAt(), ticket.slaBreached(now),
                ticket.slaStatus(policy, now), messages);
    }

    /** The breached targets in the order of {@link SlaTarget}. */
    public List<SlaTarget> slaBreachedInOrder() {
        return slaBreached.stream().sorted().toList();
    }
}
