package com.servelink.application.port.out;

import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

/**
 * The payment provider, as the application needs it: open a checkout for an amount. The
 * provider later tells the outcome through a webhook.
 */
public interface PaymentGateway {

    /** What to charge, and the id the provider's webhook will name. */
    record CheckoutRequest(PaymentId paymentId, TeamId teamId, Money amount, String description) {
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
}
