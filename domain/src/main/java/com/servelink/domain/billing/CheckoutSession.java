package com.servelink.domain.billing;

import java.util.Objects;

/** What a payment provider answers when asked for a checkout: its own reference and the page to pay on. */
public record CheckoutSession(String providerReference, String checkoutUrl) {
    public CheckoutSession {
        Objects.requireNonNull(providerReference, "providerReference");
        Objects.requireNonNull(checkoutUrl, "checkoutUrl");
    }
}
