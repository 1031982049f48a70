package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.TicketCategory;

import java.util.Objects;
import java.util.Optional;

/** Staff list every article, whatever its status, filtered, newest first, a page at a time (the tickets' limit and cursor). */
public interface ListArticlesUseCase {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 100;

    record ListArticlesQuery(Actor actor, Optional<ArticleStatus> status, Optional<Language> language,
                             Optional<TicketCategory> category, int limit, Optional<String> cursor) {
        public ListArticlesQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(cursor, "cursor");
            requireLimit(limit);
        }
    }

    /** Refuses a page size outside 1..{@value #MAX_LIMIT}, naming {@code limit}. */
    static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
        }
    }

    ArticlePage list(ListArticlesQuery query);
}
