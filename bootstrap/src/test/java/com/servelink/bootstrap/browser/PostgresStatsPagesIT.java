package com.servelink.bootstrap.browser;

/** The support statistics pages in Chromium, on PostgreSQL; skipped when SERVELINK_TEST_PG_URL is unset. */
class PostgresStatsPagesIT extends StatsPagesIT {
    @Override
    String database() {
        return "pg";
    }

    @Override
    JarServer startServer() {
        return JarServer.postgres();
    }
}
