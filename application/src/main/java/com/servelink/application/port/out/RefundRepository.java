package com.servelink.application.port.out;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Refund;

import java.util.List;
import java.util.Optional;

/** The refunds of payments: what staff or the provider gave back, and what was only asked. */
public interface RefundRepository {
    /**
     * Stores a new refund; {@code CONFLICT} when its payment already has a refund at its position
     * (two refunds of one payment asked at once: one wins) or with its idempotency key.
     */
    void add(Refund refund);

    /** Stores a refund's later state: the provider's answer, its credit note. */
    void save(Refund refund);

    /** A payment's refunds, in the order they were asked. */
    List<Refund> findByPayment(PaymentId payment);

    Optional<Refund> findByKey(PaymentId payment, String idempotencyKey);

    /** The refunds of those of {@code payments} that belong to {@code team}, by payment and in order (one query). */
    List<Refund> findByPayments(java.util.Collection<PaymentId> payments, com.servelink.domain.team.TeamId team);
}
