package com.servelink.bootstrap.browser;

/** The usage dashboard in Chromium, on PostgreSQL as in production; skipped when SERVELINK_TEST_PG_URL is unset. */
class PostgresDashboardIT extends DashboardIT {
    @Override
    String database() {
        return "pg";
    }

    @Override
    JarServer startServer() {
        return JarServer.postgres();
    }
}
