package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Issue 18's invoices on PostgreSQL. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresInvoicesApiTest extends InvoicesApiTest {
    @Override
    RunningServer start() {
        return RunningServer.postgres();
    }
}
