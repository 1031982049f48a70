package com.servelink.bootstrap.e2e;

/** Issue 18's invoices on the embedded default database. */
class H2InvoicesApiTest extends InvoicesApiTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
