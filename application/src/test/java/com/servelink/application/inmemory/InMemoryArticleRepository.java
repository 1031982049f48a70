package com.servelink.application.inmemory;

import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.TicketId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Articles in a map, copied in and out with their version, as a database would. */
public final class InMemoryArticleRepository implements ArticleRepository {
    private final Map<ArticleId, Article> articles = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Article> findById(ArticleId id) {
        return Optional.ofNullable(articles.get(id)).map(article -> copy(article, article.version()));
    }

    @Override
    public synchronized Optional<Article> findBySlug(ArticleSlug slug) {
        return articles.values().stream().filter(article -> article.slug().equals(slug)).findFirst()
                .map(article -> copy(article, article.version()));
    }

    @Override
    public synchronized void save(Article article) {
        Article stored = articles.get(article.id());
        boolean slugTaken = articles.values().stream()
                .anyMatch(other -> other.slug().equals(article.slug()) && !other.id().equals(article.id()));
        if (slugTaken) {
            throw new DomainException(ErrorCode.CONFLICT, "an article with the slug " + article.slug() + " exists");
        }
        long version = Versions.next(stored == null ? null : stored.version(), article.version(),
                "article " + article.id());
        articles.put(article.id(), copy(article, version));
    }

    private static Article copy(Article article, long version) {
        return Article.reconstitute(article.id(), article.slug(), article.title(), article.body(),
                article.language(), article.category(), article.status(), article.author(),
                article.sourceTickets(), article.createdAt(), article.updatedAt(),
                article.publishedAt().orElse(null), version);
    }

    @Override
    public synchronized boolean anyProposedFrom(Collection<TicketId> tickets) {
        return articles.values().stream().anyMatch(article -> article.sourceTickets().stream()
                .anyMatch(tickets::contains));
    }

    @Override
    public void forEach(Consumer<Article> consumer) {
        List<Article> copy;
        synchronized (this) {
            copy = articles.values().stream().map(article -> copy(article, article.version())).toList();
        }
        copy.forEach(consumer);
    }
}
