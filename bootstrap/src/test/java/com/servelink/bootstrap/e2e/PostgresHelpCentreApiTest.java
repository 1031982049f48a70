package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The help centre's API on PostgreSQL, its full-text search included. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresHelpCentreApiTest extends HelpCentreApiTest {
    @Override
    RunningServer start() {
        return RunningServer.postgres();
    }
}
