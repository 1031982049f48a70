package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class with one running server and the demo data's tokens, started once for the class
 * on the database its subclass names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoServerFixture {
    RunningServer server;
    String owner;
    String member;
    String staff;

    abstract RunningServer start();

    @BeforeAll
    void startServer() {
        server = start();
        owner = server.tokens().owner();
        member = server.tokens().member();
        staff = server.tokens().staff();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
