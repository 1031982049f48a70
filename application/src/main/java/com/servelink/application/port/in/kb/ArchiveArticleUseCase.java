package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.ArticleId;

import java.util.Objects;

/** Staff retire an article: customers no longer see it, staff still do. */
public interface ArchiveArticleUseCase {

    record ArchiveArticleCommand(Actor actor, ArticleId id) {
        public ArchiveArticleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
        }
    }

    ArticleView archive(ArchiveArticleCommand command);
}
