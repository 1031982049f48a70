package com.servelink.application.inmemory;

import com.servelink.application.port.out.PaymentRepository;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Payments in a map, stored as copies. */
public final class InMemoryPaymentRepository implements PaymentRepository {
    private final Map<PaymentId, Payment> payments = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Payment> findById(PaymentId id) {
        return Optional.ofNullable(payments.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized void save(Payment payment) {
        Payment stored = payments.get(payment.id());
        long version = Versions.next(stored == null ? null : stored.version(), payment.version(),
                "payment " + payment.id());
        payments.put(payment.id(), copy(payment, version));
    }

    private static Payment copy(Payment p, long version) {
        return Payment.reconstitute(p.id(), p.teamId(), p.resourceId(), p.amount(), p.provider(),
                p.providerReference(), p.checkoutUrl(), p.status(), p.createdAt(), p.completedAt().orElse(null),
                p.failedAt().orElse(null), version);
    }
}
