package com.servelink.bootstrap.browser;

/** The pages in Chromium, on the jar's embedded H2 database. */
class H2WebPagesIT extends WebPagesIT {
    @Override
    String database() {
        return "h2";
    }

    @Override
    JarServer startServer() {
        return JarServer.h2();
    }
}
