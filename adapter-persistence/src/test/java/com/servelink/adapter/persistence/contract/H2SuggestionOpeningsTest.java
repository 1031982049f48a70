package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;

/** Suggestion openings on H2. */
class H2SuggestionOpeningsTest extends SuggestionOpeningsContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.h2();
    }
}
