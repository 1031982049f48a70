package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Staff refunds on PostgreSQL. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresRefundsEndToEndTest extends RefundsEndToEndTest {
    @Override
    RunningServer start() {
        return RunningServer.postgres();
    }
}
