package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ListPaymentRefundsUseCase;
import com.servelink.application.port.out.RefundRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Refund;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A member's view of the refunds of the team's payments; another team's payment shows none. */
public final class ListPaymentRefundsService implements ListPaymentRefundsUseCase {
    private final TeamAccess access;
    private final RefundRepository refunds;

    public ListPaymentRefundsService(TeamAccess access, RefundRepository refunds) {
        this.access = access;
        this.refunds = refunds;
    }

    @Override
    public Map<PaymentId, List<Refund>> refunds(ListPaymentRefundsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Map<PaymentId, List<Refund>> byPayment = refunds.findByPayments(query.payments(), team.id()).stream()
                .collect(Collectors.groupingBy(Refund::paymentId));
        Map<PaymentId, List<Refund>> found = new LinkedHashMap<>();
        query.payments().forEach(id -> found.put(id, List.copyOf(byPayment.getOrDefault(id, List.of()))));
        return found;
    }
}
