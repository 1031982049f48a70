package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** The percentile properties on the in-memory reference (the domain's Percentiles). */
class InMemoryTicketPercentilesTest extends TicketPercentilesProperties {
    @Override
    RepositoryFixture createFixture() {
        return new InMemoryFixture();
    }
}
