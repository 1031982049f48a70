package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The SLA end to end on PostgreSQL, as in production. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresSlaEndToEndTest extends SlaEndToEndTest {
    @Override
    RunningServer start() {
        return RunningServer.postgres();
    }
}
