package com.servelink.application.port.out;

import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;

import java.util.Optional;

/** Stores payments. */
public interface PaymentRepository {
    Optional<Payment> findById(PaymentId id);

    /** Inserts or updates; an update from a stale version is a {@code CONFLICT}. */
    void save(Payment payment);
}
