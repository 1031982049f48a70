package com.servelink.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The authorization matrix on PostgreSQL, in a fresh schema of the database named by SERVELINK_TEST_PG_URL. */
@EnabledIfEnvironmentVariable(named = RunningServer.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "set SERVELINK_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) "
                + "to run the matrix on PostgreSQL")
class PostgresAuthorizationMatrixTest extends AuthorizationMatrixTest {
    @Override
    protected RunningServer startServer() {
        return RunningServer.postgres();
    }
}
