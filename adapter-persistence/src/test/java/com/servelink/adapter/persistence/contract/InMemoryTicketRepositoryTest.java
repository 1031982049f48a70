package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** TicketRepository contract on the in-memory reference implementation. */
class InMemoryTicketRepositoryTest extends TicketRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return new InMemoryFixture();
    }
}
