package com.servelink.adapter.persistence.concurrency;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;

/** The races on the embedded H2 default. */
class H2ConcurrencyTest extends ConcurrencyContract {
    @Override
    DatabaseFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
