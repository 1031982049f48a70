package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** BillingRepository contract on Hibernate on an in-memory H2. */
class H2BillingRepositoriesTest extends BillingRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
