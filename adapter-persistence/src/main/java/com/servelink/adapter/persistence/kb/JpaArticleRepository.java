package com.servelink.adapter.persistence.kb;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.ArticleCursor;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.kb.SearchTerms;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.SearchText;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import jakarta.persistence.TypedQuery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Articles in {@code kb_article}. Search is PostgreSQL's full text (the trigger-kept, weighted
 * {@code search_vector}, {@code ts_rank}) or, on H2, light stems matched in the folded title and
 * body with {@code LIKE} and scored as {@code InMemoryArticleRepository} does (decision 222).
 */
public final class JpaArticleRepository implements ArticleRepository {
    private static final int FOREACH_BATCH = 200;
    private static final String FOLDED = "update kb_article set title_folded = ?, body_folded = ? where id = ?";
    /** Both configurations' queries once; each article is matched and ranked with its language's. */
    private static final String PG_SEARCH = """
            with q as materialized (select %1$s as fr, %2$s as en)
            select a.id, ts_rank(a.search_vector, case a.language when 'en' then q.en else q.fr end) as score
            from kb_article a, q
            where a.status = 'published'%3$s
              and ((a.language = 'fr' and a.search_vector @@ q.fr) or (a.language = 'en' and a.search_vector @@ q.en))
            order by score desc, a.published_at desc, a.id
            limit ?""";

    private final JpaTransactions tx;
    private final boolean postgres;

    public JpaArticleRepository(JpaTransactions tx, boolean postgres) {
        this.tx = tx;
        this.postgres = postgres;
    }

    @Override
    public Optional<Article> findById(ArticleId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(ArticleEntity.class, id.value()))
                .map(JpaArticleRepository::toDomain));
    }

    @Override
    public Optional<Article> findBySlug(ArticleSlug slug) {
        return tx.withEntityManager(em -> em.createQuery("select a from ArticleEntity a where a.slug = :slug",
                        ArticleEntity.class).setParameter("slug", slug.value())
                .getResultStream().findFirst().map(JpaArticleRepository::toDomain));
    }

    @Override
    public void save(Article article) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            boolean slugTaken = !em.createQuery("select a.id from ArticleEntity a where a.slug = :slug and a.id <> :id",
                            String.class).setParameter("slug", article.slug().value())
                    .setParameter("id", article.id().value()).setMaxResults(1).getResultList().isEmpty();
            if (slugTaken) {
                throw new DomainException(ErrorCode.CONFLICT, "an article with the slug " + article.slug() + " exists");
            }
            ArticleEntity entity = em.find(ArticleEntity.class, article.id().value());
            if (entity == null) {
                if (article.version() != 0) {
                    throw new DomainException(ErrorCode.CONFLICT, "article " + article.id()
                            + " was changed concurrently; reload and retry");
                }
                entity = new ArticleEntity();
                entity.id = article.id().value();
                copy(article, entity);
                em.persist(entity);
            } else {
                if (entity.version != article.version()) {
                    throw new DomainException(ErrorCode.CONFLICT, "article " + article.id()
                            + " was changed concurrently; reload and retry");
                }
                copy(article, entity);
            }
            em.flush();
            if (!postgres) {
                em.createNativeQuery(FOLDED).setParameter(1, SearchText.fold(article.title()))
                        .setParameter(2, SearchText.fold(article.body())).setParameter(3, article.id().value())
                        .executeUpdate();
            }
            return null;
        }));
    }

    private static void copy(Article article, ArticleEntity entity) {
        entity.slug = article.slug().value();
        entity.title = article.title();
        entity.body = article.body();
        entity.language = article.language().name().toLowerCase(Locale.ROOT);
        entity.category = article.category().code();
        entity.status = article.status().code();
        entity.author = article.author();
        entity.createdAt = article.createdAt();
        entity.updatedAt = article.updatedAt();
        entity.publishedAt = article.publishedAt().orElse(null);
        List<String> tickets = article.sourceTickets().stream().map(TicketId::value).toList();
        if (!entity.sourceTickets.equals(tickets)) {
            entity.sourceTickets.clear();
            entity.sourceTickets.addAll(tickets);
        }
    }

    static Article toDomain(ArticleEntity entity) {
        return Article.reconstitute(new ArticleId(entity.id), new ArticleSlug(entity.slug), entity.title, entity.body,
                language(entity.language), TicketCategory.fromCode(entity.category, "category"),
                ArticleStatus.fromCode(entity.status, "status"), entity.author,
                entity.sourceTickets.stream().map(TicketId::new).toList(), entity.createdAt, entity.updatedAt,
                entity.publishedAt, entity.version);
    }

    private static Language language(String code) {
        return Language.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean anyProposedFrom(Collection<TicketId> tickets) {
        if (tickets.isEmpty()) {
            return false;
        }
        List<String> ids = tickets.stream().map(TicketId::value).distinct().toList();
        return tx.withEntityManager(em -> !em.createNativeQuery(
                        "select 1 from kb_article_source_ticket where ticket_id in (:ids)")
                .setParameter("ids", ids).setMaxResults(1).getResultList().isEmpty());
    }

    @Override
    public void forEach(Consumer<Article> consumer) {
        Optional<ArticleCursor> after = Optional.empty();
        ArticleFilter any = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty());
        while (true) {
            List<Article> batch = findPage(any, after, FOREACH_BATCH);
            batch.forEach(consumer);
            if (batch.size() < FOREACH_BATCH) {
                return;
            }
            Article last = batch.get(batch.size() - 1);
            after = Optional.of(new ArticleCursor(last.createdAt(), last.id()));
        }
    }

    @Override
    public List<Article> findPage(ArticleFilter filter, Optional<ArticleCursor> after, int limit) {
        StringBuilder jpql = new StringBuilder("select a from ArticleEntity a where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter.status().ifPresent(s -> {
            jpql.append(" and a.status = :status");
            parameters.put("status", s.code());
        });
        filter.language().ifPresent(l -> {
            jpql.append(" and a.language = :language");
            parameters.put("language", code(l));
        });
        filter.category().ifPresent(c -> {
            jpql.append(" and a.category = :category");
            parameters.put("category", c.code());
        });
        after.ifPresent(cursor -> {
            jpql.append(" and (a.createdAt < :afterTime or (a.createdAt = :afterTime and a.id < :afterId))");
            parameters.put("afterTime", cursor.createdAt());
            parameters.put("afterId", cursor.articleId().value());
        });
        jpql.append(" order by a.createdAt desc, a.id desc");
        return tx.withEntityManager(em -> {
            TypedQuery<ArticleEntity> query = em.createQuery(jpql.toString(), ArticleEntity.class);
            parameters.forEach(query::setParameter);
            return query.setMaxResults(limit).getResultStream().map(JpaArticleRepository::toDomain).toList();
        });
    }

    @Override
    public List<SearchHit> searchPublished(String text, Optional<Language> language, Match match, int limit) {
        List<String> terms = SearchTerms.of(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Double> scores = postgres ? searchPostgres(text, language, match, limit)
                : searchH2(terms, language, match, limit);
        if (scores.isEmpty()) {
            return List.of();
        }
        Map<String, Article> found = tx.withEntityManager(em -> em.createQuery(
                        "select a from ArticleEntity a where a.id in :ids", ArticleEntity.class)
                .setParameter("ids", scores.keySet()).getResultStream().map(JpaArticleRepository::toDomain)
                .collect(Collectors.toMap(a -> a.id().value(), Function.identity())));
        List<SearchHit> hits = new ArrayList<>();
        scores.forEach((id, score) -> Optional.ofNullable(found.get(id))
                .ifPresent(article -> hits.add(new SearchHit(article, score))));
        return hits;
    }

    private Map<String, Double> searchPostgres(String text, Optional<Language> language, Match match, int limit) {
        String sql = PG_SEARCH.formatted(tsquery("pg_catalog.french", match), tsquery("pg_catalog.english", match),
                language.isPresent() ? " and a.language = ?" : "");
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, text);
                statement.setString(2, text);
                int next = 3;
                if (language.isPresent()) {
                    statement.setString(next++, code(language.get()));
                }
                statement.setInt(next, limit);
                return scores(statement);
            }
        });
    }

    /** The text as a query of {@code config}; for suggestions, plainto_tsquery's {@code &} become {@code |}. */
    private static String tsquery(String config, Match match) {
        String plain = "plainto_tsquery('" + config + "'::regconfig, public.unaccent('public.unaccent'::regdictionary, ?))";
        return match == Match.ALL ? plain : "replace(" + plain + "::text, ' & ', ' | ')::tsquery";
    }

    private Map<String, Double> searchH2(List<String> terms, Optional<Language> language, Match match, int limit) {
        List<String> scoreParts = new ArrayList<>();
        List<String> matchParts = new ArrayList<>();
        List<Object> scoreParameters = new ArrayList<>();
        List<Object> matchParameters = new ArrayList<>();
        for (String term : terms) {
            String pattern = "%" + term + "%"; // stems are letters and digits: nothing to escape
            scoreParts.add("(case when title_folded like ? then 10 else 0 end"
                    + " + least(9, (length(body_folded) - length(replace(body_folded, ?, ''))) / ?))");
            scoreParameters.add(pattern);
            scoreParameters.add(term);
            scoreParameters.add(term.length());
            matchParts.add("(title_folded like ? or body_folded like ?)");
            matchParameters.add(pattern);
            matchParameters.add(pattern);
        }
        String sql = "select id, " + String.join(" + ", scoreParts) + " as score from kb_article"
                + " where status = 'published'" + (language.isPresent() ? " and language = ?" : "")
                + " and (" + String.join(match == Match.ALL ? " and " : " or ", matchParts) + ")"
                + " order by score desc, published_at desc, id limit ?";
        List<Object> parameters = new ArrayList<>(scoreParameters);
        language.ifPresent(l -> parameters.add(code(l)));
        parameters.addAll(matchParameters);
        parameters.add(limit);
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                return scores(statement);
            }
        });
    }

    private static Map<String, Double> scores(PreparedStatement statement) throws java.sql.SQLException {
        Map<String, Double> scores = new LinkedHashMap<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                scores.put(row.getString(1), row.getDouble(2));
            }
        }
        return scores;
    }
}
