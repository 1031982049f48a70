package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** BillingRepository contract on the in-memory reference implementation. */
class InMemoryBillingRepositoriesTest extends BillingRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return new InMemoryFixture();
    }
}
