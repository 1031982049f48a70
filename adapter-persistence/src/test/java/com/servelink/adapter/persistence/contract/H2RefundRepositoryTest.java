package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** RefundRepository contract on H2. */
class H2RefundRepositoryTest extends RefundRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
