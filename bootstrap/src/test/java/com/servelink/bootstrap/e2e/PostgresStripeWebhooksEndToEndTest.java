package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.util.Map;

/** Stripe's webhooks end to end on PostgreSQL, as in production: concurrent deliveries race for real here. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL end-to-end tests skipped")
class PostgresStripeWebhooksEndToEndTest extends StripeWebhooksEndToEndTest {
    @Override
    RunningServer start(Map<String, String> env) {
        return RunningServer.postgres(env);
    }
}
