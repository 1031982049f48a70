package com.servelink.bootstrap.e2e;

/** Issue 18's plan limits and paging over HTTP on the embedded default database. */
class H2PlanLimitsAndPagingApiTest extends PlanLimitsAndPagingApiTest {
    @Override
    RunningServer start() {
        return RunningServer.h2();
    }
}
