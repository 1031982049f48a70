package com.servelink.bootstrap.browser;

/** The help centre's pages in Chromium, on PostgreSQL; skipped when SERVELINK_TEST_PG_URL is unset. */
class PostgresHelpCentrePagesIT extends HelpCentrePagesIT {
    @Override
    String database() {
        return "pg";
    }

    @Override
    JarServer startServer() {
        return JarServer.postgres();
    }
}
