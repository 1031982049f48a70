package com.servelink.application.port.out;

import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.support.TicketId;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** The help centre's articles, whatever their status. */
public interface ArticleRepository {
    Optional<Article> findById(ArticleId id);

    Optional<Article> findBySlug(ArticleSlug slug);

    /**
     * Inserts a new article (version 0) or updates a stored one from the version it was loaded
     * with. {@code CONFLICT} when another article already has the slug, or when the article was
     * changed since it was loaded.
     */
    void save(Article article);

    /** Whether an article, of any status, was proposed from any of these tickets. */
    boolean anyProposedFrom(Collection<TicketId> tickets);

    /** Every article, of any status, in no particular order: the FAQ job compares its drafts with them. */
    void forEach(Consumer<Article> consumer);
}
