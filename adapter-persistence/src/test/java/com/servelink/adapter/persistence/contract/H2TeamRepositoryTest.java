package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** TeamRepository contract on Hibernate on an in-memory H2. */
class H2TeamRepositoryTest extends TeamRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
