package com.servelink.application.port.in.billing;

/** The daily job: marks every active add-on past its expiry as expired. */
public interface ExpireAddOnsUseCase {

    /** Returns how many add-ons were expired by this run (zero when run again). */
    int expireDue();
}
