package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;

/** The webhook endpoint contract on an in-memory H2. */
class H2WebhookEndpointTest extends WebhookEndpointContract {
    @Override
    DatabaseFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
