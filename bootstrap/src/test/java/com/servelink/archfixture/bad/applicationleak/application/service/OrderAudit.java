package com.servelink.archfixture.bad.applicationleak.application.service;

import org.slf4j.Logger;

/** Violation: the application depends on a third-party library. */
public final class OrderAudit {
    private Logger logger;

    public Logger logger() {
        return logger;
    }
}
