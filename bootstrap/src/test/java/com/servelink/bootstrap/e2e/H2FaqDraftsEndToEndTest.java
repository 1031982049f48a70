package com.servelink.bootstrap.e2e;

/** The FAQ job end to end on the embedded default database. */
class H2FaqDraftsEndToEndTest extends FaqDraftsEndToEndTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
