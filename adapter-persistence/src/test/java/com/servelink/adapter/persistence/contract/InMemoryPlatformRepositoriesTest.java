package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** PlatformRepository contract on the in-memory reference implementation. */
class InMemoryPlatformRepositoriesTest extends PlatformRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return new InMemoryFixture();
    }
}
