package com.servelink.application.inmemory;

import com.servelink.application.port.out.RowPosition;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payments in a map, stored as copies. */
public final class InMemoryPaymentRepository implements PaymentRepository {
    private final Map<PaymentId, Payment> payments = new LinkedHashMap<>();
    private final Map<PaymentId, String> providerPayments = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Payment> findById(PaymentId id) {
        return Optional.ofNullable(payments.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized void save(Payment payment) {
        Payment stored = payments.get(payment.id());
        long version = Versions.next(stored == null ? null : stored.version(), payment.version(),
                "payment " + payment.id());
        if (stored == null && payment.renewalOf().isPresent()
                && findRenewal(payment.resourceId(), payment.renewalOf().get()).isPresent()) {
            // the unique key (resource_id, renewal_of) of the database
            throw new DomainException(ErrorCode.CONFLICT, "resource " + payment.resourceId() + " already has a renewal"
                    + " for the period ending " + payment.renewalOf().get());
        }
        payments.put(payment.id(), copy(payment, version));
    }

    @Override
    public synchronized List<Payment> findPageByTeam(TeamId team, Optional<RowPosition> after, int limit) {
        return payments.values().stream().filter(p -> p.teamId().equals(team))
                .filter(p -> after.map(a -> RowPositions.OLDEST_FIRST.compare(
                        new RowPosition(p.createdAt(), p.id().value()), a) < 0).orElse(true))
                .sorted(Comparator.comparing(Payment::createdAt).thenComparing(p -> p.id().value()).reversed())
                .limit(limit).map(p -> copy(p, p.version())).toList();
    }

    @Override
    public synchronized List<Payment> findPendingCreatedBefore(Instant cutoff, int limit) {
        return payments.values().stream()
                .filter(p -> p.status() == PaymentStatus.PENDING && p.createdAt().isBefore(cutoff))
                .sorted(Comparator.comparing(Payment::createdAt).thenComparing(p -> p.id().value()))
                .limit(limit).map(p -> copy(p, p.version())).toList();
    }

    @Override
    public synchronized Optional<Payment> findRenewal(ResourceId resource, Instant periodEnd) {
        return payments.values().stream()
                .filter(p -> p.resourceId().equals(resource) && p.renewalOf().filter(periodEnd::equals).isPresent())
                .findFirst().map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized void linkProviderPayment(PaymentId id, String providerPayment) {
        if (!payments.containsKey(id)) {
            throw new IllegalStateException("no payment " + id);
        }
        providerPayments.put(id, providerPayment);
    }

    @Override
    public synchronized Optional<PaymentId> findIdByProviderPayment(String provider, String providerPayment) {
        return providerPayments.entrySet().stream()
                .filter(e -> e.getValue().equals(providerPayment) && payments.get(e.getKey()).provider().equals(provider))
                .map(Map.Entry::getKey)
                .max(Comparator.comparing((PaymentId id) -> payments.get(id).createdAt()).thenComparing(PaymentId::value));
    }

    private static Payment copy(Payment p, long version) {
        return Payment.reconstitute(p.id(), p.teamId(), p.resourceId(), p.amount(), p.provider(),
                p.providerReference(), p.checkoutUrl().orElse(null), p.renewalOf().orElse(null), p.status(),
                p.createdAt(), p.completedAt().orElse(null), p.failedAt().orElse(null), p.reversedAt().orElse(null),
                version);
    }

    @Override
    public synchronized Optional<String> findProviderPayment(PaymentId id) {
        return Optional.ofNullable(providerPayments.get(id));
    }
}
