package com.servelink.bootstrap.browser;

/** The usage dashboard in Chromium, on the jar's embedded H2 database. */
class H2DashboardIT extends DashboardIT {
    @Override
    String database() {
        return "h2";
    }

    @Override
    JarServer startServer() {
        return JarServer.h2();
    }
}
