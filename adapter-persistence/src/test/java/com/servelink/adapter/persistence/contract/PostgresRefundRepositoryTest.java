package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** RefundRepository contract on PostgreSQL, in a fresh schema. */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL contract tests skipped")
class PostgresRefundRepositoryTest extends RefundRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.postgres();
    }
}
