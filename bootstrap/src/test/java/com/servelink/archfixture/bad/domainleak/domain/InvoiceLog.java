package com.servelink.archfixture.bad.domainleak.domain;

import org.slf4j.Logger;

/** Violation: the domain depends on a third-party library. */
public final class InvoiceLog {
    private Logger logger;

    public Logger logger() {
        return logger;
    }
}
