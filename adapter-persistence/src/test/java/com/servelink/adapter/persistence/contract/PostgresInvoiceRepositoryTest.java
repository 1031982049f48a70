package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** InvoiceRepository contract on PostgreSQL, 50 issues racing for numbers, in a fresh schema. */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL contract tests skipped")
class PostgresInvoiceRepositoryTest extends InvoiceRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.postgres();
    }
}
