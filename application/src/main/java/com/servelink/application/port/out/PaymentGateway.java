package com.servelink.application.port.out;

import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.RefundId;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.util.Optional;

/**
 * The payment provider, as the application needs it: open a checkout for an amount. The
 * provider later tells the outcome through a webhook.
 */
public interface PaymentGateway {

    /** What the provider knows of a payment, asked by reconciliation. */
    record ProviderStatus(State state, Optional<Money> paid) {
        public enum State { PAID, FAILED, OPEN }

        public static ProviderStatus paid(Money amount) {
            return new ProviderStatus(State.PAID, Optional.of(amount));
        }

        public static ProviderStatus failed() {
            return new ProviderStatus(State.FAILED, Optional.empty());
        }

        public static ProviderStatus open() {
            return new ProviderStatus(State.OPEN, Optional.empty());
        }
    }

    /** What to charge, and the id the provider's webhook will name. */
    record CheckoutRequest(PaymentId paymentId, TeamId teamId, Money amount, String description) {
    }

    /**
     * A renewal to charge without the customer, on what the first payment saved
     * ({@code renewalReference}: a Stripe customer with its card).
     */
    record RenewalRequest(PaymentId paymentId, TeamId teamId, Money amount, String description,
                          Optional<String> renewalReference) {
    }

    /** What the provider answered a renewal's charge; a pending one is settled later by its webhook. */
    record RenewalCharge(State state, String providerReference, Optional<String> failure) {
        public enum State { COMPLETED, FAILED, PENDING }
    }

    /** The provider's name, stored on each payment ({@code sandbox}, {@code stripe}). */
    String provider();

    /**
     * Opens a checkout. Must be safe to call again with the same payment id (idempotent).
     *
     * @throws com.servelink.domain.shared.DomainException {@code PROVIDER_UNAVAILABLE} when the
     *                                                     provider cannot be reached or refuses
     */
    CheckoutSession createCheckout(CheckoutRequest request);

    /**
     * Asks the provider where a payment stands: paid (with the amount), failed or abandoned, or
     * still open.
     *
     * @throws com.servelink.domain.shared.DomainException {@code PROVIDER_UNAVAILABLE}
     */
    ProviderStatus status(Payment payment);

    /**
     * Charges a renewal off-session. Must be safe to call again with the same payment id
     * (idempotent: one charge per renewal payment).
     *
     * @throws com.servelink.domain.shared.DomainException {@code PROVIDER_UNAVAILABLE}
     */
    RenewalCharge chargeRenewal(RenewalRequest request);

    /**
     * Money to give back on a completed payment: {@code providerPayment} is the provider's own id
     * of the charge's money movement (Stripe's PaymentIntent) when it reported one; the
     * idempotency key makes a repeated call give back once.
     */
    record RefundRequest(Payment payment, RefundId refundId, Money amount, Optional<String> providerPayment,
                         String idempotencyKey) {
    }

    /**
     * Gives {@code request.amount()} back to the customer and returns the provider's id of the
     * refund. Must be safe to call again with the same idempotency key.
     *
     * @throws com.servelink.domain.shared.DomainException {@code PROVIDER_UNAVAILABLE} when the
     *                                                     provider cannot be reached or refuses
     */
    String refund(RefundRequest request);
}
