package com.servelink.application.service.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.GetPaymentUseCase;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

/** Shows a payment to a member of its team, or to the system. */
public final class GetPaymentService implements GetPaymentUseCase {
    private final TeamAccess access;
    private final PaymentRepository payments;

    public GetPaymentService(TeamAccess access, PaymentRepository payments) {
        this.access = access;
        this.payments = payments;
    }

    @Override
    public Payment get(GetPaymentQuery query) {
        if (query.team().isPresent()) {
            var team = access.requireMember(query.actor(), query.team().get()).team();
            return payments.findById(query.paymentId()).filter(p -> p.teamId().equals(team.id()))
                    .orElseThrow(() -> DomainException.notFound("payment " + query.paymentId()));
        }
        if (!(query.actor() instanceof Actor.System)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "name the team of the payment");
        }
        return payments.findById(query.paymentId())
                .orElseThrow(() -> DomainException.notFound("payment " + query.paymentId()));
    }
}
