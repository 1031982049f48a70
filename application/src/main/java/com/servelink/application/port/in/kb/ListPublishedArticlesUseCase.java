package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.support.TicketCategory;

import java.util.Objects;
import java.util.Optional;

/** Anyone signed in lists the published articles, in one language or both, newest first, a page at a time. */
public interface ListPublishedArticlesUseCase {

    record ListPublishedArticlesQuery(Actor actor, Optional<Language> language, Optional<TicketCategory> category,
                                      int limit, Optional<String> cursor) {
        public ListPublishedArticlesQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(cursor, "cursor");
            ListArticlesUseCase.requireLimit(limit);
        }
    }

    ArticlePage list(ListPublishedArticlesQuery query);
}
