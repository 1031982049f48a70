package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.ArticleId;

import java.util.Objects;

/** Staff take a published or archived article back to a draft. */
public interface UnpublishArticleUseCase {

    record UnpublishArticleCommand(Actor actor, ArticleId id) {
        public UnpublishArticleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
        }
    }

    ArticleView unpublish(UnpublishArticleCommand command);
}
