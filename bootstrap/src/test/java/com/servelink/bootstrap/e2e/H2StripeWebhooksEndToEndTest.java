package com.servelink.bootstrap.e2e;

import java.util.Map;

/** Stripe's webhooks end to end on the embedded default database. */
class H2StripeWebhooksEndToEndTest extends StripeWebhooksEndToEndTest {
    @Override
    RunningServer start(Map<String, String> env) {
        return RunningServer.h2(env);
    }
}
