package com.servelink.application.port.in.billing;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * The provider reports that money of a completed payment went back to the customer (its
 * signature already checked): a refund made there, in full or in part, or a dispute the customer
 * opened, then lost by us. Money given back is recorded as a refund of origin {@code provider}
 * with its credit note; once the whole payment is given back, or as soon as a dispute opens, the
 * payment is refunded or disputed and the add-on it paid for is cancelled at once (its limits
 * drop). One transaction, once per event (decisions 190-191, 283-284).
 */
public interface RefundPaymentUseCase {

    /** What the provider reports. */
    enum Reversal {
        /** A refund: in full, or up to {@link RefundPaymentCommand#refundedTotal()} when it names one. */
        REFUND,
        /** The customer opened a dispute: the add-on is revoked, nothing is credited yet. */
        DISPUTE,
        /** The dispute was lost: what is left of the payment is credited to the customer. */
        DISPUTE_LOST
    }

    /**
     * Names the payment by our id when the event carries it, otherwise by the provider's own id
     * of the money movement (Stripe's PaymentIntent), recorded when the checkout completed.
     *
     * @param refundedTotal on a partial refund: what the provider has given back of the payment in
     *                      all, ours included (Stripe's cumulative {@code amount_refunded}); empty
     *                      for a full refund and for disputes
     */
    record RefundPaymentCommand(String provider, String eventId, Optional<PaymentId> paymentId,
                                Optional<String> providerPayment, Reversal reversal, Optional<Money> refundedTotal) {
        public RefundPaymentCommand {
            Objects.requireNonNull(refundedTotal, "refundedTotal");
            if (refundedTotal.isPresent() && reversal != Reversal.REFUND) {
                throw new IllegalArgumentException("only a refund names a refunded total");
            }
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(providerPayment, "providerPayment");
            Objects.requireNonNull(reversal, "reversal");
        }

        /** A report naming the payment by our id or the provider's, of a full refund or a dispute. */
        public RefundPaymentCommand(String provider, String eventId, Optional<PaymentId> paymentId,
                                    Optional<String> providerPayment, Reversal reversal) {
            this(provider, eventId, paymentId, providerPayment, reversal, Optional.empty());
        }

        /** A report naming our payment. */
        public static RefundPaymentCommand of(String provider, String eventId, PaymentId paymentId, Reversal reversal) {
            return new RefundPaymentCommand(provider, eventId, Optional.of(paymentId), Optional.empty(), reversal);
        }

        /** A partial refund naming our payment: {@code refundedTotal} given back in all. */
        public static RefundPaymentCommand partial(String provider, String eventId, PaymentId paymentId,
                                                   Money refundedTotal) {
            return new RefundPaymentCommand(provider, eventId, Optional.of(paymentId), Optional.empty(),
                    Reversal.REFUND, Optional.of(refundedTotal));
        }
    }

    /** {@link PaymentOutcome#UNKNOWN_PAYMENT} when neither id names a payment of that provider. */
    PaymentOutcome refund(RefundPaymentCommand command);
}
