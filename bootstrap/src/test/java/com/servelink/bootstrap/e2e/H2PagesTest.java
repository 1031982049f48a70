package com.servelink.bootstrap.e2e;

/** The pages' HTTP rules on the embedded default database. */
class H2PagesTest extends PagesTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
