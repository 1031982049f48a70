package com.servelink.application.port.in.billing;

import com.servelink.domain.billing.PaymentId;

import java.util.Objects;
import java.util.Optional;

/**
 * The provider reports that the money of a completed payment went back to the customer (its
 * signature already checked): a full refund, or a dispute the customer opened. The payment is
 * refunded or disputed and the add-on it paid for is cancelled at once (its limits drop), in one
 * transaction, once per event (decisions 190-191).
 */
public interface RefundPaymentUseCase {

    /** What the provider reports. */
    enum Reversal { REFUND, DISPUTE }

    /**
     * Names the payment by our id when the event carries it, otherwise by the provider's own id
     * of the money movement (Stripe's PaymentIntent), recorded when the checkout completed.
     */
    record RefundPaymentCommand(String provider, String eventId, Optional<PaymentId> paymentId,
                                Optional<String> providerPayment, Reversal reversal) {
        public RefundPaymentCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(providerPayment, "providerPayment");
            Objects.requireNonNull(reversal, "reversal");
        }

        /** A report naming our payment. */
        public static RefundPaymentCommand of(String provider, String eventId, PaymentId paymentId, Reversal reversal) {
            return new RefundPaymentCommand(provider, eventId, Optional.of(paymentId), Optional.empty(), reversal);
        }
    }

    /** {@link PaymentOutcome#UNKNOWN_PAYMENT} when neither id names a payment of that provider. */
    PaymentOutcome refund(RefundPaymentCommand command);
}
