package com.servelink.archfixture.bad.adapterdependency.bootstrap;

import com.servelink.archfixture.bad.adapterdependency.adapter.http.ReportPage;

/** Bystander: bootstrap may depend on adapters. */
public final class Launcher {
    private Launcher() {
    }

    public static ReportPage start() {
        return new ReportPage();
    }
}
