package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The hostile-input attack on PostgreSQL, which refuses text H2 accepts (U+0000). */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresHostileInputTest extends HostileInputTest {
    @Override
    RunningServer startServer() {
        return RunningServer.postgres();
    }
}
