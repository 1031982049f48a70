package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.in.paging.PageRequest;
import com.servelink.domain.support.TicketPriority;

import java.util.Objects;
import java.util.Optional;

/** What support should work on next: urgent first, then by first-response due time, a page at a time. */
public interface GetStaffQueueUseCase {
    /** The size of {@link GetStaffQueueQuery#of}'s page, what the staff's queue page shows. */
    int DEFAULT_LIMIT = 100;

    record GetStaffQueueQuery(Actor actor, TicketPriority minPriority, PageRequest page) {
        public GetStaffQueueQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(minPriority, "minPriority");
            Objects.requireNonNull(page, "page");
        }

        /** The first page of {@code limit} tickets. */
        public GetStaffQueueQuery(Actor actor, TicketPriority minPriority, int limit) {
            this(actor, minPriority, new PageRequest(limit, Optional.empty()));
        }

        public static GetStaffQueueQuery of(Actor actor) {
            return new GetStaffQueueQuery(actor, TicketPriority.HIGH, DEFAULT_LIMIT);
        }
    }

    Page<TicketView> queue(GetStaffQueueQuery query);
}
