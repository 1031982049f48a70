package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** The percentile properties on H2: its PERCENTILE_CONT against the reference. */
class H2TicketPercentilesTest extends TicketPercentilesProperties {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
