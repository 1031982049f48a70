package com.servelink.bootstrap.e2e;

/** The SLA end to end on the embedded default database. */
class H2SlaEndToEndTest extends SlaEndToEndTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
