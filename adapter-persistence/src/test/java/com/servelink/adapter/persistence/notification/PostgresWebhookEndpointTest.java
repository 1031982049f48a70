package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The webhook endpoint contract on PostgreSQL, in a fresh schema. */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL webhook tests skipped")
class PostgresWebhookEndpointTest extends WebhookEndpointContract {
    @Override
    DatabaseFixture createFixture() {
        return DatabaseFixture.postgres();
    }
}
