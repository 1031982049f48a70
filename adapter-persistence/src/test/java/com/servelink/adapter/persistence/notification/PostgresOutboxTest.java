package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The outbox contract on PostgreSQL, in a fresh schema. */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL outbox tests skipped")
class PostgresOutboxTest extends OutboxContract {
    @Override
    DatabaseFixture createFixture() {
        return DatabaseFixture.postgres();
    }
}
