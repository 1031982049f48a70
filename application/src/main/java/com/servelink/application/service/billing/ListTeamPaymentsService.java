package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ListTeamPaymentsUseCase;
import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.RowPosition;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.Payment;

import java.util.Optional;

/** Lists a member's team's payments. */
public final class ListTeamPaymentsService implements ListTeamPaymentsUseCase {
    private final TeamAccess access;
    private final PaymentRepository payments;

    public ListTeamPaymentsService(TeamAccess access, PaymentRepository payments) {
        this.access = access;
        this.payments = payments;
    }

    @Override
    public Page<Payment> list(ListTeamPaymentsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Optional<RowPosition> after = query.page().cursor().map(RowPosition::decode);
        return Page.of(payments.findPageByTeam(team.id(), after, query.page().probe()), query.page(),
                p -> new RowPosition(p.createdAt(), p.id().value()).encode());
    }
}
