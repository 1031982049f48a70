package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.team.TeamSlug;

import java.util.List;

/** A team's payment history, newest first, for its members. */
public interface ListTeamPaymentsUseCase {
    int MAX_LIMIT = 100;

    record ListTeamPaymentsQuery(Actor actor, TeamSlug team, int limit) {
    }

    List<Payment> list(ListTeamPaymentsQuery query);
}
