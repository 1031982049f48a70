package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** InvoiceRepository contract on the in-memory twin, which keeps numbers but has no rollback. */
class InMemoryInvoiceRepositoryTest extends InvoiceRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return new InMemoryFixture();
    }

    @Override
    boolean rollsBack() {
        return false;
    }
}
