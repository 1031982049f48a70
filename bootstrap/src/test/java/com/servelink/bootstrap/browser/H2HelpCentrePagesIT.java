package com.servelink.bootstrap.browser;

/** The help centre's pages in Chromium, on the jar's embedded H2 database. */
class H2HelpCentrePagesIT extends HelpCentrePagesIT {
    @Override
    String database() {
        return "h2";
    }

    @Override
    JarServer startServer() {
        return JarServer.h2();
    }
}
