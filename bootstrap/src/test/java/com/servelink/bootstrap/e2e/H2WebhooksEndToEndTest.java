package com.servelink.bootstrap.e2e;

/** Outgoing webhooks end to end on H2. */
class H2WebhooksEndToEndTest extends WebhooksEndToEndTest {
    @Override
    RunningServer startServer() {
        return RunningServer.h2(SETTINGS);
    }
}
