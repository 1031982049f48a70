package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** The percentile properties on PostgreSQL (skipped when SERVELINK_TEST_PG_URL is not set). */
@AddLifecycleHook(PostgresTicketPercentilesTest.NeedsPostgres.class)
class PostgresTicketPercentilesTest extends TicketPercentilesProperties {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.postgres();
    }

    /** jqwik's twin of {@code @EnabledIfEnvironmentVariable}. */
    static final class NeedsPostgres implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            String url = System.getenv(DatabaseFixture.PG_URL_VARIABLE);
            return url == null || url.isBlank()
                    ? SkipResult.skip(DatabaseFixture.PG_URL_VARIABLE + " is not set: PostgreSQL properties skipped")
                    : SkipResult.doNotSkip();
        }
    }
}
