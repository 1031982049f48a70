package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.team.TeamSlug;

import java.util.Optional;

/**
 * A payment's state: for a member of its team, or for the system itself (the sandbox provider's
 * checkout page) when no team is named.
 */
public interface GetPaymentUseCase {

    record GetPaymentQuery(Actor actor, Optional<TeamSlug> team, PaymentId paymentId) {
    }

    Payment get(GetPaymentQuery query);
}
