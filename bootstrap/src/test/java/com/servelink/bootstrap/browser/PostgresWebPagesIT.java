package com.servelink.bootstrap.browser;

/** The pages in Chromium, on PostgreSQL as in production; skipped when SERVELINK_TEST_PG_URL is unset. */
class PostgresWebPagesIT extends WebPagesIT {
    @Override
    String database() {
        return "pg";
    }

    @Override
    JarServer startServer() {
        return JarServer.postgres();
    }
}
