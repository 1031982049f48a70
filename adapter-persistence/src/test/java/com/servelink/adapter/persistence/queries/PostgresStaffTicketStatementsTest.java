package com.servelink.adapter.persistence.queries;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import javax.sql.DataSource;
import java.util.function.UnaryOperator;

/** The staff ticket view's statements on PostgreSQL, in a fresh schema. */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL statement counts skipped")
class PostgresStaffTicketStatementsTest extends StaffTicketStatementsContract {
    @Override
    DatabaseFixture createFixture(UnaryOperator<DataSource> decorator) {
        return DatabaseFixture.postgres(decorator);
    }
}
