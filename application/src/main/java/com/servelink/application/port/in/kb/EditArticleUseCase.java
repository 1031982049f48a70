package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.ArticleId;

import java.util.Objects;
import java.util.Optional;

/**
 * Staff replace what an article says; without a slug it keeps its own. With {@code version}, the
 * edit is refused ({@code CONFLICT}) when the article changed since that version was read.
 */
public interface EditArticleUseCase {

    record EditArticleCommand(Actor actor, ArticleId id, ArticleInput input, Optional<Long> version) {
        public EditArticleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(version, "version");
        }
    }

    ArticleView edit(EditArticleCommand command);
}
