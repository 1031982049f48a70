package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.ArticleId;

import java.util.Objects;

/** Staff show an article to customers (a draft or an archived one). */
public interface PublishArticleUseCase {

    record PublishArticleCommand(Actor actor, ArticleId id) {
        public PublishArticleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
        }
    }

    ArticleView publish(PublishArticleCommand command);
}
