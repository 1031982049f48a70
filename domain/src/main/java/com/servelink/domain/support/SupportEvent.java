package com.servelink.domain.support;

import com.servelink.domain.shared.DomainEvent;
import com.servelink.domain.team.TeamId;

import java.time.Instant;

/** What happened to a ticket, for notifications (e-mail to the team, paging support). */
public sealed interface SupportEvent extends DomainEvent {
    TicketId ticketId();

    TeamId teamId();

    record Opened(TicketId ticketId, TeamId teamId, TicketPriority priority, Instant occurredAt)
            implements SupportEvent {
    }

    record MessagePosted(TicketId ticketId, TeamId teamId, MessageId messageId, AuthorType authorType,
                         boolean internal, Instant occurredAt) implements SupportEvent {
    }

    record StatusChanged(TicketId ticketId, TeamId teamId, TicketStatus from, TicketStatus to, Instant occurredAt)
            implements SupportEvent {
    }

    /** 75 % of a target's time has run without it being met. */
    record SlaWarning(TicketId ticketId, TeamId teamId, SlaTarget target, Instant dueAt, Instant occurredAt)
            implements SupportEvent {
    }

    /** A target's due time passed without it being met. */
    record SlaBreached(TicketId ticketId, TeamId teamId, SlaTarget target, Instant dueAt, Instant occurredAt)
            implements SupportEvent {
    }
}
