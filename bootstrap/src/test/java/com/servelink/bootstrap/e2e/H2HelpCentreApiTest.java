package com.servelink.bootstrap.e2e;

/** The help centre's API on the embedded default database. */
class H2HelpCentreApiTest extends HelpCentreApiTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
