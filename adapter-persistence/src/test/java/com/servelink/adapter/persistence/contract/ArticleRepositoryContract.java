package com.servelink.adapter.persistence.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servelink.application.port.out.ArticleCursor;
import com.servelink.application.port.out.ArticleRepository.ArticleFilter;
import com.servelink.application.port.out.ArticleRepository.Match;
import com.servelink.application.port.out.ArticleRepository.SearchHit;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the article repository: storage with its version and unique slug, the staff's
 * list, and search over the fixed corpus of 30 French and English articles in
 * {@code kb/corpus.json} (accents, case, stemming, ranking, languages, unpublished ones hidden).
 */
abstract class ArticleRepositoryContract extends ContractBase {
    private static final Optional<Language> FR = Optional.of(Language.FR);
    private static final Optional<Language> EN = Optional.of(Language.EN);

    @BeforeAll
    void loadCorpus() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/kb/corpus.json")) {
            JsonNode corpus = new ObjectMapper().readTree(in);
            int n = 0;
            for (JsonNode entry : corpus) {
                Article article = Article.draft(ArticleId.fromOpaque("corpus" + n), new ArticleSlug(entry.get("slug").asText()),
                        entry.get("title").asText(), entry.get("body").asText(),
                        Language.valueOf(entry.get("language").asText().toUpperCase(Locale.ROOT)),
                        TicketCategory.fromCode(entry.get("category").asText(), "category"), "support@servelink.com",
                        T0.plusSeconds(n));
                switch (ArticleStatus.fromCode(entry.get("status").asText(), "status")) {
                    case PUBLISHED -> article.publish(T0.plusSeconds(100 + n));
                    case ARCHIVED -> article.archive(T0.plusSeconds(100 + n));
                    case DRAFT -> {
                    }
                }
                fixture.articles().save(article);
                n++;
            }
            assertThat(n).isEqualTo(30);
        }
    }

    private List<String> search(String text, Optional<Language> language, Match match) {
        return fixture.articles().searchPublished(text, language, match, 20).stream()
                .map(hit -> hit.article().slug().value()).toList();
    }

    private List<String> search(String text, Optional<Language> language) {
        return search(text, language, Match.ALL);
    }

    private Article draft(String slug, TicketCategory category, int second) {
        return Article.draft(ArticleId.fromOpaque(unique()), new ArticleSlug(slug), "Titre " + slug, "Corps de " + slug,
                Language.FR, category, "support@servelink.com", T0.plusSeconds(second));
    }

    @Test
    void an_article_comes_back_with_every_field_by_id_and_by_slug() {
        TicketId first = TicketId.fromOpaque(unique());
        TicketId second = TicketId.fromOpaque(unique());
        String slug = "proposed-" + unique();
        Article proposed = Article.proposedFrom(List.of(first, second), ArticleId.fromOpaque(unique()),
                new ArticleSlug(slug), "Question fréquente", "Réponse **en gras**", Language.EN,
                TicketCategory.BILLING, "propose_faq_drafts", T0);
        fixture.articles().save(proposed);

        Article loaded = fixture.articles().findBySlug(new ArticleSlug(slug)).orElseThrow();
        assertThat(loaded.id()).isEqualTo(proposed.id());
        assertThat(loaded.title()).isEqualTo("Question fréquente");
        assertThat(loaded.body()).isEqualTo("Réponse **en gras**");
        assertThat(loaded.language()).isEqualTo(Language.EN);
        assertThat(loaded.category()).isEqualTo(TicketCategory.BILLING);
        assertThat(loaded.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(loaded.author()).isEqualTo("propose_faq_drafts");
        assertThat(loaded.sourceTickets()).containsExactly(first, second);
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.publishedAt()).isEmpty();
        assertThat(loaded.version()).isZero();

        loaded.publish(T0.plusSeconds(5));
        fixture.articles().save(loaded);
        Article published = fixture.articles().findById(proposed.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.publishedAt()).contains(T0.plusSeconds(5));
        assertThat(published.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.sourceTickets()).containsExactly(first, second);

        assertThat(fixture.articles().anyProposedFrom(List.of(TicketId.fromOpaque(unique()), second))).isTrue();
        assertThat(fixture.articles().anyProposedFrom(List.of(TicketId.fromOpaque(unique())))).isFalse();
        assertThat(fixture.articles().anyProposedFrom(List.of())).isFalse();
        assertThat(fixture.articles().findBySlug(new ArticleSlug("no-such-" + unique()))).isEmpty();
    }

    @Test
    void a_second_article_with_a_taken_slug_or_a_stale_copy_is_a_conflict() {
        String slug = "taken-" + unique();
        Article first = draft(slug, TicketCategory.OTHER, 1);
        fixture.articles().save(first);
        Article other = draft(slug, TicketCategory.OTHER, 2);
        assertThatThrownBy(() -> fixture.articles().save(other)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.CONFLICT);

        Article copyA = fixture.articles().findById(first.id()).orElseThrow();
        Article copyB = fixture.articles().findById(first.id()).orElseThrow();
        copyA.publish(T0.plusSeconds(3));
        fixture.articles().save(copyA);
        copyB.archive(T0.plusSeconds(4));
        assertThatThrownBy(() -> fixture.articles().save(copyB)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.articles().findById(first.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

        // an edit may rename the slug to a free one, not to a taken one
        Article renamed = fixture.articles().findById(first.id()).orElseThrow();
        renamed.edit(new ArticleSlug("fr-deploiement-echoue"), "T", "B", Language.FR, TicketCategory.OTHER, T0);
        assertThatThrownBy(() -> fixture.articles().save(renamed)).isInstanceOf(DomainException.class);
        Article free = fixture.articles().findById(first.id()).orElseThrow();
        free.edit(new ArticleSlug(slug + "-2"), "T", "B", Language.FR, TicketCategory.OTHER, T0);
        fixture.articles().save(free);
        assertThat(fixture.articles().findBySlug(new ArticleSlug(slug + "-2"))).isPresent();
        assertThat(fixture.articles().findBySlug(new ArticleSlug(slug))).isEmpty();
    }

    @Test
    void the_list_filters_and_pages_newest_first() {
        // feature_request is used by this test only (the corpus has none)
        List<Article> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Article article = draft("page-" + i + "-" + unique(), TicketCategory.FEATURE_REQUEST, 1000 + i);
            if (i % 2 == 0) {
                article.publish(T0.plusSeconds(2000));
            }
            fixture.articles().save(article);
            mine.add(article);
        }
        ArticleFilter all = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.of(TicketCategory.FEATURE_REQUEST));
        List<Article> first = fixture.articles().findPage(all, Optional.empty(), 3);
        assertThat(first).extracting(Article::id).containsExactly(mine.get(4).id(), mine.get(3).id(), mine.get(2).id());
        Article last = first.get(2);
        List<Article> second = fixture.articles().findPage(all,
                Optional.of(new ArticleCursor(last.createdAt(), last.id())), 3);
        assertThat(second).extracting(Article::id).containsExactly(mine.get(1).id(), mine.get(0).id());

        ArticleFilter published = ArticleFilter.published(FR, Optional.of(TicketCategory.FEATURE_REQUEST));
        assertThat(fixture.articles().findPage(published, Optional.empty(), 10)).extracting(Article::id)
                .containsExactly(mine.get(4).id(), mine.get(2).id(), mine.get(0).id());
        assertThat(fixture.articles().findPage(ArticleFilter.published(EN, Optional.of(TicketCategory.FEATURE_REQUEST)),
                Optional.empty(), 10)).isEmpty();

        ArticleFilter corpusDrafts = new ArticleFilter(Optional.of(ArticleStatus.DRAFT), FR,
                Optional.of(TicketCategory.TECHNICAL));
        assertThat(fixture.articles().findPage(corpusDrafts, Optional.empty(), 10)).extracting(a -> a.slug().value())
                .contains("fr-brouillon-interne").allMatch(s -> !s.startsWith("en-"));
        List<Article> every = new ArrayList<>();
        fixture.articles().forEach(every::add);
        assertThat(every).extracting(a -> a.slug().value()).contains("fr-brouillon-interne", "en-old-guide");
    }

    @Test
    void search_ignores_accents_and_case() {
        assertThat(search("deploiement echoue", FR)).first().isEqualTo("fr-deploiement-echoue");
        assertThat(search("DÉPLOIEMENT ÉCHOUE", FR)).first().isEqualTo("fr-deploiement-echoue");
        assertThat(search("memoire", FR)).contains("fr-memoire-insuffisante");
        assertThat(search("équipe", FR)).contains("fr-membres-equipe");
        assertThat(search("Equipe", FR)).contains("fr-membres-equipe");
    }

    @Test
    void search_finds_other_forms_of_a_word() {
        assertThat(search("déploiements", FR)).contains("fr-deploiement-echoue", "fr-journaux-application");
        assertThat(search("deploying", EN)).contains("en-deploy-with-git", "en-deployment-fails");
        assertThat(search("factures", FR)).contains("fr-telecharger-facture", "fr-moyen-paiement");
        assertThat(search("invoices", EN)).contains("en-download-invoice", "en-payment-method");
        assertThat(search("certificates", EN)).contains("en-https-certificates");
    }

    @Test
    void a_term_in_the_title_ranks_above_the_same_term_in_the_body() {
        assertThat(search("invoice", EN)).containsSubsequence("en-download-invoice", "en-payment-method");
        assertThat(search("facture", FR)).containsSubsequence("fr-telecharger-facture", "fr-moyen-paiement");
        assertThat(search("déploiement", FR)).containsSubsequence("fr-deploiement-echoue", "fr-journaux-application");
        assertThat(search("domain", EN)).containsSubsequence("en-custom-domain", "en-https-certificates");
        List<SearchHit> hits = fixture.articles().searchPublished("invoice", EN, Match.ALL, 10);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void search_keeps_to_a_language_when_asked_and_to_published_articles() {
        assertThat(search("RAM", FR)).containsExactly("fr-memoire-insuffisante");
        assertThat(search("RAM", EN)).containsExactly("en-out-of-memory");
        assertThat(search("RAM", Optional.empty())).containsExactlyInAnyOrder("fr-memoire-insuffisante",
                "en-out-of-memory");
        assertThat(search("brouillon", FR)).isEmpty();
        assertThat(search("blue-green switching", Optional.empty())).isEmpty();
        assertThat(search("   ", Optional.empty())).isEmpty();
        assertThat(search("%_'\\", Optional.empty())).isEmpty();
    }

    @Test
    void all_terms_narrow_and_any_term_widens() {
        assertThat(search("facture télécharger", FR)).containsExactly("fr-telecharger-facture");
        assertThat(search("facture télécharger", FR, Match.ANY)).contains("fr-telecharger-facture",
                "fr-moyen-paiement");
        List<String> suggested = search("Mon déploiement a échoué après un push, le build s'arrête", Optional.empty(),
                Match.ANY);
        assertThat(suggested).first().isEqualTo("fr-deploiement-echoue");
        assertThat(fixture.articles().searchPublished("backups database logs", Optional.empty(), Match.ANY, 2))
                .hasSize(2);
    }

    @Test
    void search_follows_what_an_article_says_now_and_whether_it_is_published() {
        Article article = Article.draft(ArticleId.fromOpaque(unique()), new ArticleSlug("en-" + unique()),
                "Zorblax quotas explained", "How the zorblax quota is counted.", Language.EN,
                TicketCategory.TECHNICAL, "support@servelink.com", T0);
        fixture.articles().save(article);
        assertThat(search("zorblax", EN)).isEmpty();

        Article stored = fixture.articles().findById(article.id()).orElseThrow();
        stored.publish(T0.plusSeconds(10));
        fixture.articles().save(stored);
        assertThat(search("zorblax", EN)).containsExactly(article.slug().value());

        stored = fixture.articles().findById(article.id()).orElseThrow();
        stored.edit(stored.slug(), "Quintor quotas explained", "How the quintor quota is counted.", Language.EN,
                TicketCategory.TECHNICAL, T0.plusSeconds(20));
        fixture.articles().save(stored);
        assertThat(search("zorblax", EN)).isEmpty();
        assertThat(search("quintor quota", EN)).containsExactly(article.slug().value());
        assertThat(search("quintor", Optional.empty(), Match.ANY)).containsExactly(article.slug().value());

        stored = fixture.articles().findById(article.id()).orElseThrow();
        stored.unpublish(T0.plusSeconds(30));
        fixture.articles().save(stored);
        assertThat(search("quintor", EN)).isEmpty();
        assertThat(search("quintor", Optional.empty(), Match.ANY)).isEmpty();

        stored = fixture.articles().findById(article.id()).orElseThrow();
        stored.publish(T0.plusSeconds(40));
        fixture.articles().save(stored);
        assertThat(search("quintor", EN)).containsExactly(article.slug().value());
        stored = fixture.articles().findById(article.id()).orElseThrow();
        stored.archive(T0.plusSeconds(50));
        fixture.articles().save(stored);
        assertThat(search("quintor", EN)).isEmpty();
    }

    @Test
    void a_ticket_goes_into_one_proposed_draft_at_most() {
        TicketId shared = TicketId.fromOpaque(unique());
        Article first = Article.proposedFrom(List.of(TicketId.fromOpaque(unique()), shared),
                ArticleId.fromOpaque(unique()), new ArticleSlug("faq-" + unique()), "Une question", "Une réponse",
                Language.FR, TicketCategory.TECHNICAL, "propose_faq_drafts", T0);
        fixture.articles().save(first);
        Article overlapping = Article.proposedFrom(List.of(shared), ArticleId.fromOpaque(unique()),
                new ArticleSlug("faq-" + unique()), "La même question", "La même réponse", Language.FR,
                TicketCategory.TECHNICAL, "propose_faq_drafts", T0);

        assertThatThrownBy(() -> fixture.articles().save(overlapping)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(fixture.articles().findById(overlapping.id())).isEmpty();
        // the first draft, edited, keeps its tickets
        Article stored = fixture.articles().findById(first.id()).orElseThrow();
        stored.edit(stored.slug(), "Une question, mieux dite", stored.body(), Language.FR, TicketCategory.TECHNICAL,
                T0.plusSeconds(60));
        fixture.articles().save(stored);
        assertThat(fixture.articles().findById(first.id()).orElseThrow().sourceTickets()).contains(shared);
    }
}
