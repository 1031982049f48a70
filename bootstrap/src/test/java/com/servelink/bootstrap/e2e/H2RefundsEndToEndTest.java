package com.servelink.bootstrap.e2e;

/** Staff refunds on the embedded default database. */
class H2RefundsEndToEndTest extends RefundsEndToEndTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
