package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Issue 15's export and billing-aware staff view on PostgreSQL. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresSupportExportAndBillingTest extends SupportExportAndBillingTest {
    @Override
    RunningServer start() {
        return RunningServer.postgres();
    }
}
