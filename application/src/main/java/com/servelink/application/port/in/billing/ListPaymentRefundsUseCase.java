package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What was given back on some of a team's payments, for its members to see beside them. */
public interface ListPaymentRefundsUseCase {

    record ListPaymentRefundsQuery(Actor actor, TeamSlug team, List<PaymentId> payments) {
        public ListPaymentRefundsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            payments = List.copyOf(payments);
        }
    }

    /** Each asked payment of the team with its refunds, in the order they were asked (none: an empty list). */
    Map<PaymentId, List<Refund>> refunds(ListPaymentRefundsQuery query);
}
