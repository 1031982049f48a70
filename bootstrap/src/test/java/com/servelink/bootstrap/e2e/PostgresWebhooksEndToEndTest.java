package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Outgoing webhooks end to end on PostgreSQL, in a fresh schema. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL webhook tests skipped")
class PostgresWebhooksEndToEndTest extends WebhooksEndToEndTest {
    @Override
    RunningServer startServer() {
        return RunningServer.postgres(SETTINGS);
    }
}
