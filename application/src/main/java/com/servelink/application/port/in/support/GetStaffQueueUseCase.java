package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.TicketPriority;

import java.util.List;
import java.util.Objects;

/** What support should work on next: urgent first, then by first-response due time. */
public interface GetStaffQueueUseCase {
    int DEFAULT_LIMIT = 100;

    record GetStaffQueueQuery(Actor actor, TicketPriority minPriority, int limit) {
        public GetStaffQueueQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(minPriority, "minPriority");
            if (limit < 1 || limit > 100) {
                throw DomainException.invalidField("limit", "must be from 1 to 100");
            }
        }

        public static GetStaffQueueQuery of(Actor actor) {
            return new GetStaffQueueQuery(actor, TicketPriority.HIGH, DEFAULT_LIMIT);
        }
    }

    List<TicketView> queue(GetStaffQueueQuery query);
}
