package com.servelink.adapter.persistence.queries;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;

import javax.sql.DataSource;
import java.util.function.UnaryOperator;

/** The staff ticket view's statements on H2. */
class H2StaffTicketStatementsTest extends StaffTicketStatementsContract {
    @Override
    DatabaseFixture createFixture(UnaryOperator<DataSource> decorator) {
        return DatabaseFixture.h2(decorator);
    }
}
