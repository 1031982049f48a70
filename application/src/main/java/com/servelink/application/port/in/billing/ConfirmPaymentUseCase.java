package com.servelink.application.port.in.billing;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.Money;

import java.util.Objects;

/**
 * The provider reports a completed payment (its signature already checked): the payment is
 * completed and its add-on activated in one transaction, once per event.
 */
public interface ConfirmPaymentUseCase {

    record ConfirmPaymentCommand(String provider, String eventId, PaymentId paymentId, Money amountPaid) {
        public ConfirmPaymentCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(amountPaid, "amountPaid");
        }
    }

    /** @throws com.servelink.domain.shared.DomainException {@code AMOUNT_MISMATCH}, nothing changed */
    PaymentOutcome confirm(ConfirmPaymentCommand command);
}
