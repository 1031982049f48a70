package com.servelink.application.port.out;

import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.ResourceId;

import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores payments. */
public interface PaymentRepository {
    Optional<Payment> findById(PaymentId id);

    /** Inserts or updates; an update from a stale version is a {@code CONFLICT}. */
    void save(Payment payment);

    /** The team's payments, newest first, at most {@code limit}. */
    default List<Payment> findByTeam(TeamId team, int limit) {
        return findPageByTeam(team, Optional.empty(), limit);
    }

    /**
     * Up to {@code limit} of the team's payments, newest first (by creation, then id, both
     * descending), strictly after {@code after}.
     */
    List<Payment> findPageByTeam(TeamId team, Optional<RowPosition> after, int limit);

    /** Pending payments created before {@code cutoff}, oldest first, at most {@code limit}. */
    List<Payment> findPendingCreatedBefore(Instant cutoff, int limit);

    /**
     * The renewal of {@code resource} for the period ending at {@code periodEnd}, if one was
     * created. At most one exists: saving a second is a {@code CONFLICT}.
     */
    Optional<Payment> findRenewal(ResourceId resource, Instant periodEnd);

    /**
     * Remembers the provider's own id of the payment's money movement (Stripe's PaymentIntent),
     * reported when its checkout completed, so a later refund or dispute naming only that id finds
     * the payment (decision 192). Setting it again to the same value changes nothing.
     */
    void linkProviderPayment(PaymentId id, String providerPayment);

    /** Our payment of {@code provider} whose money movement the provider calls {@code providerPayment}. */
    Optional<PaymentId> findIdByProviderPayment(String provider, String providerPayment);

    /** The provider's id of the payment's money movement, when its completion reported one. */
    Optional<String> findProviderPayment(PaymentId id);
}
