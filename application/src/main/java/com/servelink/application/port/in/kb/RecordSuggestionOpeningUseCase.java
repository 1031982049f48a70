package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.ArticleSlug;

import java.util.Objects;

/**
 * A customer opened an article the new-ticket form suggested (its link carries the marker):
 * recorded for the deflection rate. Staff opening a suggestion, or an article customers may not
 * read, records nothing.
 */
public interface RecordSuggestionOpeningUseCase {

    record RecordSuggestionOpeningCommand(Actor actor, ArticleSlug slug) {
        public RecordSuggestionOpeningCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(slug, "slug");
        }
    }

    /** Whether an opening was recorded. */
    boolean record(RecordSuggestionOpeningCommand command);
}
