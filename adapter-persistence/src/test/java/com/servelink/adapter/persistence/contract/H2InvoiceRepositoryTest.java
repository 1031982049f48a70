package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** InvoiceRepository contract on H2 (fewer racers: H2 serialises row locks through its table locks). */
class H2InvoiceRepositoryTest extends InvoiceRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.h2();
    }

    @Override
    int racers() {
        return 10;
    }
}
