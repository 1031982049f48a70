package com.servelink.application.port.in.billing;

/**
 * The daily job {@code renew_additional_resources} (04:30 UTC, before the 05:00 expiry): charges a
 * renewal for every add-on with auto-renewal on that ends within 24 hours; only a completed
 * renewal extends it, by thirty days from its old expiry.
 */
public interface RenewAddOnsUseCase {

    /** Returns how many add-ons this run renewed (zero when run again for the same period). */
    int renewDue();
}
