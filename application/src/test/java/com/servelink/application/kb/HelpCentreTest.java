package com.servelink.application.kb;

import com.servelink.application.inmemory.InMemoryArticleRepository;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.kb.ArchiveArticleUseCase.ArchiveArticleCommand;
import com.servelink.application.port.in.kb.ArticleHit;
import com.servelink.application.port.in.kb.ArticleInput;
import com.servelink.application.port.in.kb.ArticlePage;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.CreateArticleUseCase.CreateArticleCommand;
import com.servelink.application.port.in.kb.EditArticleUseCase.EditArticleCommand;
import com.servelink.application.port.in.kb.GetArticleUseCase.GetArticleQuery;
import com.servelink.application.port.in.kb.GetStaffArticleUseCase.GetStaffArticleQuery;
import com.servelink.application.port.in.kb.ListArticlesUseCase.ListArticlesQuery;
import com.servelink.application.port.in.kb.ListPublishedArticlesUseCase.ListPublishedArticlesQuery;
import com.servelink.application.port.in.kb.PublishArticleUseCase.PublishArticleCommand;
import com.servelink.application.port.in.kb.SearchArticlesUseCase.SearchArticlesQuery;
import com.servelink.application.port.in.kb.SuggestArticlesUseCase.SuggestArticlesQuery;
import com.servelink.application.port.in.kb.UnpublishArticleUseCase.UnpublishArticleCommand;
import com.servelink.application.service.identity.RandomIdSource;
import com.servelink.application.service.kb.ArchiveArticleService;
import com.servelink.application.service.kb.CreateArticleService;
import com.servelink.application.service.kb.EditArticleService;
import com.servelink.application.service.kb.GetArticleService;
import com.servelink.application.service.kb.GetStaffArticleService;
import com.servelink.application.service.kb.ListArticlesService;
import com.servelink.application.service.kb.ListPublishedArticlesService;
import com.servelink.application.service.kb.PublishArticleService;
import com.servelink.application.service.kb.SearchArticlesService;
import com.servelink.application.service.kb.SuggestArticlesService;
import com.servelink.application.service.kb.UnpublishArticleService;
import com.servelink.application.testing.MutableClock;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

/** The help centre's use cases on the in-memory articles: who may do what, slugs, pages, search and suggestions. */
class HelpCentreTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    private final RandomIdSource ids = new RandomIdSource();
    private final CreateArticleService create = new CreateArticleService(articles, ids, clock);
    private final EditArticleService edit = new EditArticleService(articles, clock);
    private final PublishArticleService publish = new PublishArticleService(articles, clock);
    private final UnpublishArticleService unpublish = new UnpublishArticleService(articles, clock);
    private final ArchiveArticleService archive = new ArchiveArticleService(articles, clock);
    private final ListArticlesService listAll = new ListArticlesService(articles);
    private final ListPublishedArticlesService listPublished = new ListPublishedArticlesService(articles);
    private final GetArticleService get = new GetArticleService(articles);
    private final GetStaffArticleService getForStaff = new GetStaffArticleService(articles);
    private final SearchArticlesService search = new SearchArticlesService(articles);
    private final SuggestArticlesService suggest = new SuggestArticlesService(articles);

    private final Actor staff = new Actor.Staff(new UserId(1), "support@servelink.com");
    private final Actor customer = new Actor.TeamUser(new UserId(2));

    private ArticleView write(String title, String body, String language) {
        clock.advance(Duration.ofSeconds(1));
        return create.create(new CreateArticleCommand(staff, ArticleInput.of(null, title, body, language, "technical")));
    }

    private ArticleView published(String title, String body, String language) {
        ArticleView draft = write(title, body, language);
        return publish.publish(new PublishArticleCommand(staff, draft.article().id()));
    }

    @Test
    void staff_write_drafts_whose_slug_comes_from_the_title() {
        ArticleView first = write("Problème de déploiement", "Relancez le build.", "fr");
        ArticleView second = write("Problème de déploiement !", "Autre texte.", "fr");
        assertThat(first.article().slug().value()).isEqualTo("probleme-de-deploiement");
        assertThat(second.article().slug().value()).isEqualTo("probleme-de-deploiement-2");
        assertThat(first.article().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(first.article().author()).isEqualTo("support@servelink.com");
        assertThat(first.forStaff()).isTrue();

        ArticleView chosen = create.create(new CreateArticleCommand(staff,
                ArticleInput.of("my-slug", "T", "B", "en", "billing")));
        assertThat(chosen.article().slug().value()).isEqualTo("my-slug");
        refused(() -> create.create(new CreateArticleCommand(staff, ArticleInput.of("my-slug", "T", "B", "en",
                "billing"))), ErrorCode.CONFLICT);
    }

    @Test
    void bad_input_is_refused_naming_every_field() {
        refusedFields(() -> ArticleInput.of("Bad Slug", "", null, "de", "sales"), "slug", "title", "body", "language",
                "category");
        refusedFields(() -> ArticleInput.of(null, "t", "b", null, null), "language", "category");
        refusedFields(() -> new SearchArticlesQuery(customer, " ", Optional.empty(), 10), "q");
        refusedFields(() -> new SearchArticlesQuery(customer, "x".repeat(201), Optional.empty(), 10), "q");
        refusedFields(() -> new ListArticlesQuery(staff, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                Optional.empty()), "limit");
        refusedFields(() -> listAll.list(new ListArticlesQuery(staff, Optional.empty(), Optional.empty(),
                Optional.empty(), 10, Optional.of("not-a-cursor"))), "cursor");
    }

    @Test
    void only_staff_write_and_customers_see_published_articles_only() {
        ArticleView draft = write("Brouillon", "Pas encore.", "fr");
        var id = draft.article().id();
        refused(() -> create.create(new CreateArticleCommand(customer, ArticleInput.of(null, "T", "B", "fr",
                "other"))), ErrorCode.FORBIDDEN);
        refused(() -> publish.publish(new PublishArticleCommand(customer, id)), ErrorCode.FORBIDDEN);
        refused(() -> getForStaff.get(new GetStaffArticleQuery(customer, id)), ErrorCode.FORBIDDEN);
        refused(() -> listAll.list(new ListArticlesQuery(customer, Optional.empty(), Optional.empty(),
                Optional.empty(), 10, Optional.empty())), ErrorCode.FORBIDDEN);
        refused(() -> get.get(new GetArticleQuery(new Actor.Operator(), draft.article().slug())), ErrorCode.FORBIDDEN);

        ArticleSlug slug = draft.article().slug();
        refused(() -> get.get(new GetArticleQuery(customer, slug)), ErrorCode.NOT_FOUND);
        assertThat(get.get(new GetArticleQuery(staff, slug)).article().status()).isEqualTo(ArticleStatus.DRAFT);

        publish.publish(new PublishArticleCommand(staff, id));
        ArticleView seen = get.get(new GetArticleQuery(customer, slug));
        assertThat(seen.forStaff()).isFalse();
        assertThat(seen.article().publishedAt()).contains(clock.instant());

        archive.archive(new ArchiveArticleCommand(staff, id));
        refused(() -> get.get(new GetArticleQuery(customer, slug)), ErrorCode.NOT_FOUND);
        refused(() -> edit.edit(new EditArticleCommand(staff, id, ArticleInput.of(null, "T", "B", "fr", "other"),
                Optional.empty())), ErrorCode.INVALID_TRANSITION);
        refused(() -> archive.archive(new ArchiveArticleCommand(staff, id)), ErrorCode.INVALID_TRANSITION);
        assertThat(unpublish.unpublish(new UnpublishArticleCommand(staff, id)).article().status())
                .isEqualTo(ArticleStatus.DRAFT);
        refused(() -> publish.publish(new PublishArticleCommand(staff,
                com.servelink.domain.kb.ArticleId.fromOpaque("missing"))), ErrorCode.NOT_FOUND);
    }

    @Test
    void an_edit_from_an_old_version_is_a_conflict() {
        ArticleView draft = write("Titre", "Corps", "fr");
        var id = draft.article().id();
        ArticleView edited = edit.edit(new EditArticleCommand(staff, id, ArticleInput.of(null, "Nouveau titre",
                "Nouveau corps", "en", "billing"), Optional.of(0L)));
        assertThat(edited.article().title()).isEqualTo("Nouveau titre");
        assertThat(edited.article().slug()).isEqualTo(draft.article().slug());
        assertThat(edited.article().language()).isEqualTo(Language.EN);
        assertThat(edited.article().version()).isEqualTo(1);
        refused(() -> edit.edit(new EditArticleCommand(staff, id, ArticleInput.of("other-slug", "T", "B", "fr",
                "other"), Optional.of(0L))), ErrorCode.CONFLICT);
    }

    @Test
    void lists_page_newest_first_and_customers_get_published_ones() {
        for (int i = 0; i < 5; i++) {
            ArticleView view = write("Article " + i, "Corps " + i, i % 2 == 0 ? "fr" : "en");
            if (i < 3) {
                publish.publish(new PublishArticleCommand(staff, view.article().id()));
            }
        }
        ArticlePage first = listAll.list(new ListArticlesQuery(staff, Optional.empty(), Optional.empty(),
                Optional.empty(), 2, Optional.empty()));
        assertThat(first.articles()).extracting(v -> v.article().title()).containsExactly("Article 4", "Article 3");
        ArticlePage second = listAll.list(new ListArticlesQuery(staff, Optional.empty(), Optional.empty(),
                Optional.empty(), 2, first.nextCursor()));
        assertThat(second.articles()).extracting(v -> v.article().title()).containsExactly("Article 2", "Article 1");
        ArticlePage third = listAll.list(new ListArticlesQuery(staff, Optional.empty(), Optional.empty(),
                Optional.empty(), 2, second.nextCursor()));
        assertThat(third.articles()).extracting(v -> v.article().title()).containsExactly("Article 0");
        assertThat(third.nextCursor()).isEmpty();

        ArticlePage drafts = listAll.list(new ListArticlesQuery(staff, Optional.of(ArticleStatus.DRAFT),
                Optional.empty(), Optional.empty(), 10, Optional.empty()));
        assertThat(drafts.articles()).extracting(v -> v.article().title()).containsExactly("Article 4", "Article 3");

        ArticlePage french = listPublished.list(new ListPublishedArticlesQuery(customer, Optional.of(Language.FR),
                Optional.empty(), 10, Optional.empty()));
        assertThat(french.articles()).extracting(v -> v.article().title()).containsExactly("Article 2", "Article 0");
        assertThat(french.articles()).allMatch(v -> !v.forStaff());
    }

    @Test
    void search_and_suggestions_find_published_articles_with_highlighted_excerpts() {
        published("Déploiement qui échoue", "Quand un **déploiement** échoue, lisez les [journaux](/help/logs).", "fr");
        published("Facture", "Téléchargez la facture. Le déploiement n'y change rien.", "fr");
        write("Déploiement en brouillon", "Jamais publié.", "fr");

        List<ArticleHit> hits = search.search(new SearchArticlesQuery(customer, "deploiements", Optional.empty(), 10));
        assertThat(hits).extracting(h -> h.view().article().title())
                .containsExactly("Déploiement qui échoue", "Facture");
        ArticleHit top = hits.get(0);
        assertThat(top.excerpt().text()).isEqualTo("Quand un déploiement échoue, lisez les journaux.");
        assertThat(top.excerpt().highlights()).hasSize(1);
        var range = top.excerpt().highlights().get(0);
        assertThat(top.excerpt().text().substring(range.start(), range.end())).isEqualTo("déploiement");

        List<ArticleHit> suggested = suggest.suggest(new SuggestArticlesQuery(customer, "Ma facture",
                "Je ne trouve pas le PDF"));
        assertThat(suggested).extracting(h -> h.view().article().title()).first().isEqualTo("Facture");
        assertThat(suggest.suggest(new SuggestArticlesQuery(customer, " ", null))).isEmpty();
        refused(() -> suggest.suggest(new SuggestArticlesQuery(new Actor.Operator(), "facture", "")),
                ErrorCode.FORBIDDEN);
    }
}
