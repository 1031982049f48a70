package com.servelink.bootstrap.e2e;

/** The API flows on the embedded default database. */
class H2ApiFlowsTest extends ApiFlowsTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
