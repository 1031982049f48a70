package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.in.paging.PageRequest;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.team.TeamSlug;

import java.util.Objects;
import java.util.Optional;

/** A team's payment history, newest first, for its members, a page at a time. */
public interface ListTeamPaymentsUseCase {
    int MAX_LIMIT = PageRequest.MAX_LIMIT;

    record ListTeamPaymentsQuery(Actor actor, TeamSlug team, PageRequest page) {
        public ListTeamPaymentsQuery {
            Objects.requireNonNull(page, "page");
        }

        /** The first page of {@code limit} payments. */
        public ListTeamPaymentsQuery(Actor actor, TeamSlug team, int limit) {
            this(actor, team, new PageRequest(limit, Optional.empty()));
        }
    }

    Page<Payment> list(ListTeamPaymentsQuery query);
}
