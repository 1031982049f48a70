package com.servelink.application.inmemory;

import com.servelink.application.port.out.RefundRepository;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Refunds in a map, stored as copies so a change not saved is not seen, as with a database. */
public final class InMemoryRefundRepository implements RefundRepository {
    private final Map<String, Refund> refunds = new LinkedHashMap<>();

    @Override
    public synchronized void add(Refund refund) {
        boolean taken = refunds.values().stream().anyMatch(other -> other.paymentId().equals(refund.paymentId())
                && (other.position() == refund.position() || other.idempotencyKey().equals(refund.idempotencyKey())));
        if (taken || refunds.containsKey(refund.id().value())) {
            throw new DomainException(ErrorCode.CONFLICT, "payment " + refund.paymentId()
                    + " already has a refund at position " + refund.position() + " or with its key");
        }
        refunds.put(refund.id().value(), copy(refund));
    }

    @Override
    public synchronized void save(Refund refund) {
        if (!refunds.containsKey(refund.id().value())) {
            throw new IllegalStateException("no refund " + refund.id());
        }
        refunds.put(refund.id().value(), copy(refund));
    }

    @Override
    public synchronized List<Refund> findByPayment(PaymentId payment) {
        List<Refund> found = new ArrayList<>();
        refunds.values().stream().filter(r -> r.paymentId().equals(payment))
                .sorted(Comparator.comparingInt(Refund::position)).forEach(r -> found.add(copy(r)));
        return found;
    }

    @Override
    public synchronized Optional<Refund> findByKey(PaymentId payment, String idempotencyKey) {
        return refunds.values().stream()
                .filter(r -> r.paymentId().equals(payment) && r.idempotencyKey().equals(idempotencyKey))
                .findFirst().map(InMemoryRefundRepository::copy);
    }

    private com.servelink.application.port.out.PaymentRepository payments;

    /** The payments store, to keep {@link #findByPayments} to one team's payments as the database does. */
    public InMemoryRefundRepository of(com.servelink.application.port.out.PaymentRepository store) {
        this.payments = store;
        return this;
    }

    @Override
    public synchronized List<Refund> findByPayments(java.util.Collection<PaymentId> ids,
                                                    com.servelink.domain.team.TeamId team) {
        List<Refund> found = new ArrayList<>();
        refunds.values().stream().filter(r -> ids.contains(r.paymentId()))
                .filter(r -> payments == null || payments.findById(r.paymentId())
                        .map(p -> p.teamId().equals(team)).orElse(false))
                .sorted(Comparator.comparing((Refund r) -> r.paymentId().value()).thenComparingInt(Refund::position))
                .forEach(r -> found.add(copy(r)));
        return found;
    }

    private static Refund copy(Refund r) {
        return Refund.reconstitute(r.id(), r.paymentId(), r.position(), r.amount(), r.reason(), r.requestedBy(),
                r.origin(), r.idempotencyKey(), r.createdAt(), r.status(), r.providerReference().orElse(null),
                r.settledAt().orElse(null), r.creditNote().orElse(null));
    }
}
