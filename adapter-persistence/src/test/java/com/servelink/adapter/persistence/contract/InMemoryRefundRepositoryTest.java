package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** RefundRepository contract on InMemory. */
class InMemoryRefundRepositoryTest extends RefundRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return new InMemoryFixture();
    }
}
