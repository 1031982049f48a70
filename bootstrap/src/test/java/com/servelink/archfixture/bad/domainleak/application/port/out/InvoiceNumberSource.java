package com.servelink.archfixture.bad.domainleak.application.port.out;

/** Fixture: an out-port the domain must not see. */
public interface InvoiceNumberSource {
    String next();
}
