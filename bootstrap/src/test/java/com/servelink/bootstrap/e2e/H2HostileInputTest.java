package com.servelink.bootstrap.e2e;

/** The hostile-input attack on the embedded default database. */
class H2HostileInputTest extends HostileInputTest {
    @Override
    RunningServer startServer() {
        return RunningServer.h2();
    }
}
