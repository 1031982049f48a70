package com.servelink.bootstrap.e2e;

/** The authorization matrix on the embedded H2 database. */
class H2AuthorizationMatrixTest extends AuthorizationMatrixTest {
    @Override
    protected RunningServer startServer() {
        return RunningServer.h2();
    }
}
