package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** TicketRepository contract on Hibernate on an in-memory H2. */
class H2TicketRepositoryTest extends TicketRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
