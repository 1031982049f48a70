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
     * @param providerPayment  the provider's own id of the money movement (Stripe's PaymentIntent)
     *                         when the report carries one: remembered so a later refund or dispute
     *                         naming only that id finds the payment (decision 192)
     */
    record ConfirmPaymentCommand(String provider, String eventId, PaymentId paymentId, Money amountPaid,
                                 Optional<String> renewalReference, Optional<String> providerPayment) {
        public ConfirmPaymentCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(amountPaid, "amountPaid");
            Objects.requireNonNull(renewalReference, "renewalReference");
            Objects.requireNonNull(providerPayment, "providerPayment");
        }

        public ConfirmPaymentCommand(String provider, String eventId, PaymentId paymentId, Money amountPaid) {
            this(provider, eventId, paymentId, amountPaid, Optional.empty(), Optional.empty());
        }
    }

    /** @throws com.servelink.domain.shared.DomainException {@code AMOUNT_MISMATCH}, nothing changed */
    PaymentOutcome confirm(ConfirmPaymentCommand command);
}
