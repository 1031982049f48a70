package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.FieldChecks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The help centre's search box: published articles with every word of the query, most relevant first. */
public interface SearchArticlesUseCase {
    int MAX_QUERY_LENGTH = 200;
    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 50;

    record SearchArticlesQuery(Actor actor, String text, Optional<Language> language, int limit) {
        public SearchArticlesQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(language, "language");
            new FieldChecks().text(text, "q", 1, MAX_QUERY_LENGTH)
                    .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be from 1 to " + MAX_LIMIT)
                    .throwIfAny();
        }
    }

    List<ArticleHit> search(SearchArticlesQuery query);
}
