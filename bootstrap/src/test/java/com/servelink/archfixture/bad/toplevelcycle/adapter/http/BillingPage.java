package com.servelink.archfixture.bad.toplevelcycle.adapter.http;

import com.servelink.archfixture.bad.toplevelcycle.application.service.BillingService;

/** Violation (with BillingService): adapter -> application -> adapter. */
public final class BillingPage {
    private final BillingService service;

    public BillingPage(BillingService service) {
        this.service = service;
    }

    public BillingService service() {
        return service;
    }
}
