package com.servelink.application.inmemory;

import com.servelink.application.port.out.ArticleCursor;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.SearchTerms;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.SearchText;
import com.servelink.domain.support.TicketId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Articles in a map, copied in and out with their version, as a database would; search scores as
 * the H2 statement does (a term in the title 10, each occurrence in the body 1, at most 9).
 */
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
        boolean ticketTaken = articles.values().stream().filter(other -> !other.id().equals(article.id()))
                .anyMatch(other -> other.sourceTickets().stream().anyMatch(article.sourceTickets()::contains));
        if (ticketTaken) {
            throw new DomainException(ErrorCode.CONFLICT, "a ticket of " + article.id() + " is in another draft");
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

    @Override
    public List<Article> findPage(ArticleFilter filter, Optional<ArticleCursor> after, int limit) {
        List<Article> all = new java.util.ArrayList<>();
        forEach(all::add);
        Comparator<Article> newestFirst = Comparator.comparing(Article::createdAt)
                .thenComparing(article -> article.id().value()).reversed();
        return all.stream()
                .filter(article -> filter.status().map(s -> s == article.status()).orElse(true))
                .filter(article -> filter.language().map(l -> l == article.language()).orElse(true))
                .filter(article -> filter.category().map(c -> c == article.category()).orElse(true))
                .filter(article -> after.map(cursor -> isAfter(article, cursor)).orElse(true))
                .sorted(newestFirst).limit(limit).toList();
    }

    private static boolean isAfter(Article article, ArticleCursor cursor) {
        int byTime = article.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || byTime == 0 && article.id().value().compareTo(cursor.articleId().value()) < 0;
    }

    @Override
    public List<SearchHit> searchPublished(String text, Optional<Language> language, Match match, int limit) {
        List<String> terms = SearchTerms.of(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Article> all = new java.util.ArrayList<>();
        forEach(all::add);
        return all.stream()
                .filter(Article::isPublished)
                .filter(article -> language.map(l -> l == article.language()).orElse(true))
                .map(article -> score(article, terms, match))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed()
                        .thenComparing(hit -> hit.article().publishedAt().orElse(Instant.EPOCH), Comparator.reverseOrder())
                        .thenComparing(hit -> hit.article().id().value()))
                .limit(limit).toList();
    }

    private static Optional<SearchHit> score(Article article, List<String> terms, Match match) {
        String title = SearchText.fold(article.title());
        String body = SearchText.fold(article.body());
        int score = 0;
        int found = 0;
        for (String term : terms) {
            int inTitle = title.contains(term) ? 10 : 0;
            int inBody = Math.min(9, occurrences(body, term));
            if (inTitle + inBody > 0) {
                found++;
            }
            score += inTitle + inBody;
        }
        boolean matches = match == Match.ALL ? found == terms.size() : found > 0;
        return matches ? Optional.of(new SearchHit(article, score)) : Optional.empty();
    }

    private static int occurrences(String text, String term) {
        int count = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            count++;
        }
        return count;
    }
}
