package com.servelink.archfixture.bad.subpackagecycle.application.service;

import com.servelink.archfixture.bad.subpackagecycle.domain.billing.Invoice;

/** Bystander: depends on the cycle without being part of it. */
public final class InvoiceService {
    public int count(Invoice invoice) {
        return invoice.customer().invoices().size();
    }
}
