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
 * {@code search_vector}, ranked as {@code ts_rank} from the trigger-kept postings of V25) or, on H2, light stems matched in the folded title and
 * body with {@code LIKE} and scored as {@code InMemoryArticleRepository} does (decision 222).
 */
public final class JpaArticleRepository implements ArticleRepository {
    private static final int FOREACH_BATCH = 200;
    private static final String FOLDED = "update kb_article set title_folded = ?, body_folded = ? where id = ?";
    /**
     * The query's words as each configuration reads them (stop words dropped, stems, unaccented),
     * with the languages asked for; an article is matched with its own language's words.
     */
    private static final String PG_WORDS = """
            with t as materialized (
                select l.language, u.lexeme
                from (values ('fr', 'pg_catalog.french'::regconfig), ('en', 'pg_catalog.english'::regconfig))
                         l (language, config),
                     lateral unnest(to_tsvector(l.config, public.unaccent('public.unaccent'::regdictionary, ?))) u
                where l.language in (%s))""";
    /**
     * Every word (decision 275). A language with one word reads that word's postings in rank
     * order and stops at the limit; with several, each word's postings are summed per article,
     * which must hold all of them: what the words' postings count, read index-only, never a
     * search vector.
     */
    private static final String PG_ALL = PG_WORDS + """
            , n as (select language, count(*) as words from t group by language),
            hit as (
                select p.article_id, p.impact as score, p.published_at
                from t join n on n.language = t.language and n.words = 1 cross join lateral (
                    select article_id, impact, published_at from kb_article_term p
                    where p.language = t.language and p.lexeme = t.lexeme
                    order by impact desc, published_at desc, article_id
                    limit ?) p
                union all
                select p.article_id, sum(p.impact), max(p.published_at)
                from t join n on n.language = t.language and n.words > 1
                       join kb_article_term p on p.language = t.language and p.lexeme = t.lexeme
                group by p.article_id, n.words
                having count(*) = n.words)
            select article_id, score from hit
            order by score desc, published_at desc, article_id
            limit ?""";
    /**
     * Any word (suggestions of 30 words or more match nearly every article): the candidates are
     * each word's strongest postings, the best of them scored again on all their words. Bounded
     * by the words, not by the matches; an article strong in none of the words can be missed.
     */
    private static final String PG_ANY = PG_WORDS + """
            , words as (select language, array_agg(lexeme) as lexemes from t group by language),
            top as (select p.article_id, p.language, p.impact from t cross join lateral (
                        select article_id, language, impact from kb_article_term p
                        where p.language = t.language and p.lexeme = t.lexeme
                        order by impact desc, published_at desc, article_id
                        limit %d) p),
            candidate as materialized (
                select article_id, language from top group by article_id, language
                order by sum(impact) desc, article_id limit %d)
            select c.article_id, r.score
            from candidate c join words w on w.language = c.language cross join lateral (
                select sum(p.impact) as score, max(p.published_at) as published_at from kb_article_term p
                where p.article_id = c.article_id and p.lexeme = any (w.lexemes)) r
            order by r.score desc, r.published_at desc, c.article_id
            limit ?""";
    /** How many of each word's strongest articles a suggestion considers, and how many it scores whole. */
    static final int POSTINGS_PER_WORD = 40;
    static final int CANDIDATES = 50;

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
        String languages = language.map(l -> "'" + code(l) + "'").orElse("'fr', 'en'");
        String sql = match == Match.ALL ? PG_ALL.formatted(languages)
                : PG_ANY.formatted(languages, POSTINGS_PER_WORD, Math.max(CANDIDATES, limit));
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, text);
                statement.setInt(2, limit);
                if (match == Match.ALL) {
                    statement.setInt(3, limit);
                }
                return scores(statement);
            }
        });
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
