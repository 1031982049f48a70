package com.servelink.application.port.out;

import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /** What a list of articles is narrowed to; empty means any. */
    record ArticleFilter(Optional<ArticleStatus> status, Optional<Language> language,
                         Optional<TicketCategory> category) {
        public ArticleFilter {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(category, "category");
        }

        public static ArticleFilter published(Optional<Language> language, Optional<TicketCategory> category) {
            return new ArticleFilter(Optional.of(ArticleStatus.PUBLISHED), language, category);
        }
    }

    /** Articles newest first (by creation, then id), after {@code after}, at most {@code limit}. */
    List<Article> findPage(ArticleFilter filter, Optional<ArticleCursor> after, int limit);

    /** How a search combines its terms. */
    enum Match {
        /** Every term in the title or the body: the search box. */
        ALL,
        /** Any term: suggestions from a ticket's subject and description. */
        ANY
    }

    /** A published article a search found, with its relevance (higher first; only the order is comparable). */
    record SearchHit(Article article, double score) {
    }

    /**
     * The published articles matching {@code text}, accent- and case-insensitively, most relevant
     * first (a term in the title counts more than in the body), at most {@code limit}; in one
     * language or any. Empty when the text has no searchable word.
     */
    List<SearchHit> searchPublished(String text, Optional<Language> language, Match match, int limit);
}
