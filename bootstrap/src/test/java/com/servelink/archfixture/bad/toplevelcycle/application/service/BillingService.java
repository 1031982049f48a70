package com.servelink.archfixture.bad.toplevelcycle.application.service;

import com.servelink.archfixture.bad.toplevelcycle.adapter.http.BillingPage;

/** Violation (with BillingPage): application -> adapter -> application. */
public final class BillingService {
    public BillingPage page() {
        return new BillingPage(this);
    }
}
