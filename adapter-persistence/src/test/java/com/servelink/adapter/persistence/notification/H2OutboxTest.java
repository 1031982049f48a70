package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;

/** The outbox contract on an in-memory H2. */
class H2OutboxTest extends OutboxContract {
    @Override
    DatabaseFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
