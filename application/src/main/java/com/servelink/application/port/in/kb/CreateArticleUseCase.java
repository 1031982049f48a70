package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;

import java.util.Objects;

/** Staff write a new article; it starts as a draft, with a slug made from the title unless one is given. */
public interface CreateArticleUseCase {

    record CreateArticleCommand(Actor actor, ArticleInput input) {
        public CreateArticleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(input, "input");
        }
    }

    ArticleView create(CreateArticleCommand command);
}
