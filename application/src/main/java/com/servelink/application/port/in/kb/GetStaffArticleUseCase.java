package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.ArticleId;

import java.util.Objects;

/** Staff read any article by its id, with its author and source tickets: the editor's view. */
public interface GetStaffArticleUseCase {

    record GetStaffArticleQuery(Actor actor, ArticleId id) {
        public GetStaffArticleQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
        }
    }

    ArticleView get(GetStaffArticleQuery query);
}
