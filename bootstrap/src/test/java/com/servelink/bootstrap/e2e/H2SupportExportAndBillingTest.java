package com.servelink.bootstrap.e2e;

/** Issue 15's export and billing-aware staff view on the embedded default database. */
class H2SupportExportAndBillingTest extends SupportExportAndBillingTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
