package com.servelink.archfixture.bad.serviceusecasecount.application.service;

/** Violation: named *Service in application.service but implementing no use case. */
public final class AuditService {
    public void record(String entry) {
    }
}
