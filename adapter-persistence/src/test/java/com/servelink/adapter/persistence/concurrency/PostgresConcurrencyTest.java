package com.servelink.adapter.persistence.concurrency;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The races on PostgreSQL, as in production. */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL concurrency tests skipped")
class PostgresConcurrencyTest extends ConcurrencyContract {
    @Override
    DatabaseFixture createFixture() {
        return DatabaseFixture.postgres();
    }
}
