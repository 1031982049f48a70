package com.servelink.adapter.persistence.contract;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.RepositoryFixture;
import com.servelink.application.port.out.ArticleRepository.Match;
import com.servelink.application.port.out.ArticleRepository.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ArticleRepository contract on PostgreSQL full-text search, in a fresh schema. */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: PostgreSQL contract tests skipped")
class PostgresArticleRepositoryTest extends ArticleRepositoryContract {
    @Override
    RepositoryFixture createFixture() {
        return DatabaseFixture.postgres();
    }

    /**
     * The postings of V25 rank as PostgreSQL's own ts_rank would (decision 275): an article's score
     * is the sum of its words' impacts, which is ts_rank of the words' OR times their number.
     */
    @Test
    void a_score_is_ts_rank_of_the_words_or_times_their_number() throws SQLException {
        List<String> queries = List.of("invoice", "déploiement", "facture télécharger", "backups database logs",
                "Mon déploiement a échoué après un push, le build s'arrête", "custom domain certificates");
        int compared = 0;
        try (Connection c = ((DatabaseFixture) fixture).database().dataSource().getConnection();
             PreparedStatement rank = c.prepareStatement("""
                     with q as (select replace(plainto_tsquery(case a.language when 'en' then 'pg_catalog.english'
                                    else 'pg_catalog.french' end::regconfig,
                                    public.unaccent('public.unaccent'::regdictionary, ?))::text, ' & ', ' | ')::tsquery
                                    as words
                                from kb_article a where a.id = ?)
                     select ts_rank(a.search_vector, q.words), (numnode(q.words) + 1) / 2
                     from kb_article a, q where a.id = ?""")) {
            for (String query : queries) {
                List<SearchHit> hits = fixture.articles().searchPublished(query, Optional.empty(), Match.ANY, 20);
                assertThat(hits).as(query).isNotEmpty();
                for (SearchHit hit : hits) {
                    rank.setString(1, query);
                    rank.setString(2, hit.article().id().value());
                    rank.setString(3, hit.article().id().value());
                    try (ResultSet row = rank.executeQuery()) {
                        assertThat(row.next()).isTrue();
                        assertThat(hit.score()).as(query + " / " + hit.article().slug().value())
                                .isCloseTo(row.getDouble(1) * row.getInt(2), within(1e-5));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(10);
    }
}
