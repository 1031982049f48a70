package com.servelink.application.port.in.billing;

/** What a provider's payment event did; every outcome is acknowledged to the provider. */
public enum PaymentOutcome {
    /** The event changed the payment (and its resource). */
    APPLIED,
    /** This event id was already processed; nothing changed. */
    DUPLICATE_EVENT,
    /** A different event already put the payment in this or a later state; nothing changed. */
    ALREADY_SETTLED,
    /** No payment has this id; acknowledged and ignored. */
    UNKNOWN_PAYMENT
}
