package com.servelink.archfixture.bad.domainleak.domain;

import com.servelink.archfixture.bad.domainleak.application.port.out.InvoiceNumberSource;

/** Violation: the domain reaches into the application ring. */
public final class InvoiceNumbers {
    private final InvoiceNumberSource source;

    public InvoiceNumbers(InvoiceNumberSource source) {
        this.source = source;
    }

    public String next() {
        return source.next();
    }
}
