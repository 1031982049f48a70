package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.out.TicketRepository.ExportedTicket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamSlug;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Exports all of a member's team's tickets that match the ticket list's filters (status,
 * category, priority, search text), newest first, without pagination. Checking and writing are
 * two steps, so that a driving adapter can answer a refusal before it starts a streamed response.
 */
public interface ExportTicketsUseCase {

    /** The list's filters, validated as the list validates them ({@code q} at most {@value ListTicketsUseCase#MAX_QUERY_LENGTH} characters). */
    record ExportTicketsQuery(Actor actor, TeamSlug team, Optional<TicketStatus> status,
                              Optional<TicketCategory> category, Optional<TicketPriority> priority,
                              Optional<String> text) {
        public ExportTicketsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(priority, "priority");
            text = text.filter(t -> !t.isBlank());
            ListTicketsUseCase.requireSearchText(text);
        }
    }

    /** Checks access; nothing is read yet. */
    TicketExport prepare(ExportTicketsQuery query);

    /** An allowed export, ready to write. */
    interface TicketExport {
        Team team();

        /** Hands every matching ticket to {@code sink} in order, streaming; returns how many. */
        long writeTo(Consumer<ExportedTicket> sink);
    }
}
