package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Issue 18's plan limits and paging over HTTP on PostgreSQL, as in production. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresPlanLimitsAndPagingApiTest extends PlanLimitsAndPagingApiTest {
    @Override
    RunningServer start() {
        return RunningServer.postgres();
    }
}
