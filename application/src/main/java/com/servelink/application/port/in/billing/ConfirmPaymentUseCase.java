package com.servelink.application.port.in.billing;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * The provider reports a completed payment (its signature already checked): the payment is
 * completed and its add-on activated in one transaction, once per event.
 */
public interface ConfirmPaymentUseCase {

    /**
     * @param renewalReference what the provider needs to charge the team again for renewals (a
     *                         Stripe customer), when the completion carries one
     */
    record ConfirmPaymentCommand(String provider, String eventId, PaymentId paymentId, Money amountPaid,
                                 Optional<String> renewalReference) {
        public ConfirmPaymentCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(amountPaid, "amountPaid");
            Objects.requireNonNull(renewalReference, "renewalReference");
        }

        public ConfirmPaymentCommand(String provider, String eventId, PaymentId paymentId, Money amountPaid) {
            this(provider, eventId, paymentId, amountPaid, Optional.empty());
        }
    }

    /** @throws com.servelink.domain.shared.DomainException {@code AMOUNT_MISMATCH}, nothing changed */
    PaymentOutcome confirm(ConfirmPaymentCommand command);
}
