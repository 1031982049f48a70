package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.ArticleSlug;

import java.util.Objects;

/**
 * An article by its slug: published ones for anyone signed in, any status for staff; an
 * unpublished article is "not found" to customers, exactly as a missing one.
 */
public interface GetArticleUseCase {

    record GetArticleQuery(Actor actor, ArticleSlug slug) {
        public GetArticleQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(slug, "slug");
        }
    }

    ArticleView get(GetArticleQuery query);
}
