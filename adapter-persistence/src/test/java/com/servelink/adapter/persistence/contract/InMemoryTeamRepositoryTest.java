package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** TeamRepository contract on the in-memory reference implementation. */
class InMemoryTeamRepositoryTest extends TeamRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return new InMemoryFixture();
    }
}
