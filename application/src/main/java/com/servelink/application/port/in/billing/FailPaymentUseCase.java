package com.servelink.application.port.in.billing;

import com.servelink.domain.billing.PaymentId;

import java.util.Objects;

/**
 * The provider reports a failed payment: a pending payment fails and its add-on is cancelled.
 * A completed payment stays completed (states only move forward).
 */
public interface FailPaymentUseCase {

    record FailPaymentCommand(String provider, String eventId, PaymentId paymentId) {
        public FailPaymentCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(paymentId, "paymentId");
        }
    }

    PaymentOutcome fail(FailPaymentCommand command);
}
