package com.servelink.domain.support;

import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Tickets for tests: a fresh one, or one stored in any status with coherent timestamps. */
final class Tickets {
    static final Instant CREATED = Instant.parse("2025-01-25T10:00:00Z");
    static final Instant LAST_CHANGE = CREATED.plus(Duration.ofHours(1));
    static final TicketId ID = TicketId.fromOpaque("123");
    static final TeamId TEAM = TeamId.fromOpaque("abc");
    static final UserId CUSTOMER = new UserId(42);
    static final UserId AGENT = new UserId(7);

    private static final AtomicInteger MESSAGES = new AtomicInteger();

    private Tickets() {
    }

    static Ticket fresh(TicketPriority requested, boolean prioritySupport) {
        return Ticket.open(ID, TEAM, CUSTOMER, "Problème de déploiement", "Mon application ne démarre pas...",
                TicketCategory.TECHNICAL, requested, prioritySupport, CREATED);
    }

    static Ticket fresh() {
        return fresh(TicketPriority.NORMAL, false);
    }

    /** A stored ticket in {@code status}, last changed at {@link #LAST_CHANGE}, never answered by staff. */
    static Ticket storedIn(TicketStatus status) {
        return Ticket.reconstitute(ID, TEAM, CUSTOMER, "Problème de déploiement", "Mon application ne démarre pas...",
                TicketCategory.TECHNICAL, TicketPriority.HIGH, status, null, CREATED, LAST_CHANGE,
                status == TicketStatus.RESOLVED ? LAST_CHANGE : null,
                status == TicketStatus.CLOSED ? LAST_CHANGE : null,
                null, 3);
    }

    static MessageId nextMessageId() {
        return MessageId.fromOpaque("m" + MESSAGES.incrementAndGet());
    }
}
