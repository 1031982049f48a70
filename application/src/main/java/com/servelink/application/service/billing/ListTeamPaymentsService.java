package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ListTeamPaymentsUseCase;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.shared.DomainException;

import java.util.List;

/** Lists a member's team's payments. */
public final class ListTeamPaymentsService implements ListTeamPaymentsUseCase {
    private final TeamAccess access;
    private final PaymentRepository payments;

    public ListTeamPaymentsService(TeamAccess access, PaymentRepository payments) {
        this.access = access;
        this.payments = payments;
    }

    @Override
    public List<Payment> list(ListTeamPaymentsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            throw DomainException.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
        }
        return payments.findByTeam(team.id(), query.limit());
    }
}
