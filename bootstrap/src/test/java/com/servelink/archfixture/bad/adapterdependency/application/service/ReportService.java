package com.servelink.archfixture.bad.adapterdependency.application.service;

import com.servelink.archfixture.bad.adapterdependency.adapter.http.ReportPage;

/** Violation: the application builds an HTTP page. */
public final class ReportService {
    public ReportPage page() {
        return new ReportPage();
    }
}
