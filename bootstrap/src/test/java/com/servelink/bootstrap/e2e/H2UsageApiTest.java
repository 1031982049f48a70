package com.servelink.bootstrap.e2e;

/** The usage dashboard API on the embedded default database. */
class H2UsageApiTest extends UsageApiTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
