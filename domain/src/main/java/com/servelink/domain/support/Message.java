package com.servelink.domain.support;

import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a ticket. Internal messages are notes between staff and are never shown to
 * the team, in any response, count or search.
 */
public record Message(MessageId id, TicketId ticketId, Optional<UserId> userId, AuthorType authorType,
                      String text, boolean internal, Instant createdAt) {
    public static final int MAX_LENGTH = 10_000;

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(authorType, "authorType");
        Objects.requireNonNull(createdAt, "createdAt");
        new FieldChecks().text(text, "message", 1, MAX_LENGTH).throwIfAny();
        if (internal && authorType != AuthorType.SUPPORT) {
            throw new IllegalArgumentException("only support writes internal notes");
        }
    }

    public boolean visibleToTeam() {
        return !internal;
    }
}
