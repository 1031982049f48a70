package com.servelink.bootstrap.e2e;

/** Auto-renewal on the embedded default database. */
class H2AutoRenewalEndToEndTest extends AutoRenewalEndToEndTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
