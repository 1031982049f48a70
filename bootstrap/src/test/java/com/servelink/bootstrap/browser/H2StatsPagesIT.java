package com.servelink.bootstrap.browser;

/** The support statistics pages in Chromium, on the jar's embedded H2 database. */
class H2StatsPagesIT extends StatsPagesIT {
    @Override
    String database() {
        return "h2";
    }

    @Override
    JarServer startServer() {
        return JarServer.h2();
    }
}
