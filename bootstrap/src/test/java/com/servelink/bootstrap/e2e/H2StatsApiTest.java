package com.servelink.bootstrap.e2e;

/** The statistics API on the embedded default database (H2). */
class H2StatsApiTest extends StatsApiTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
