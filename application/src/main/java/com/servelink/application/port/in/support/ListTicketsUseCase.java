package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A team's tickets, newest first, filtered and searched, a page at a time. */
public interface ListTicketsUseCase {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 100;
    int MAX_QUERY_LENGTH = 200;

    record ListTicketsQuery(Actor actor, TeamSlug team, Optional<TicketStatus> status,
                            Optional<TicketCategory> category, Optional<TicketPriority> priority,
                            Optional<String> text, int limit, Optional<String> cursor) {
        public ListTicketsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(cursor, "cursor");
            text = text.filter(t -> !t.isBlank());
            if (limit < 1 || limit > MAX_LIMIT) {
                throw DomainException.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
            }
            requireSearchText(text);
        }
    }

    /** Refuses a search text longer than {@value #MAX_QUERY_LENGTH} code points, naming {@code q}. */
    static void requireSearchText(Optional<String> text) {
        if (text.isPresent() && text.get().codePointCount(0, text.get().length()) > MAX_QUERY_LENGTH) {
            throw DomainException.invalidField("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
    }

    record TicketPage(List<TicketView> tickets, Optional<String> nextCursor) {
    }

    TicketPage list(ListTicketsQuery query);
}
