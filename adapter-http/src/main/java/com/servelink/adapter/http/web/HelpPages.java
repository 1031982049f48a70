package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.markdown.ArticleMarkdown;
import com.servelink.adapter.http.routes.KbRoutes;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.view.KbViews.ArticleHitJson;
import com.servelink.adapter.http.view.KbViews.ArticleSuggestionsJson;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.adapter.http.web.view.HelpArticleView;
import com.servelink.adapter.http.web.view.HelpView;
import com.servelink.adapter.http.web.view.Link;
import com.servelink.adapter.http.web.view.Option;
import com.servelink.application.port.in.kb.ArticleInput;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.GetArticleUseCase.GetArticleQuery;
import com.servelink.application.port.in.kb.ListPublishedArticlesUseCase.ListPublishedArticlesQuery;
import com.servelink.application.port.in.kb.RecordSuggestionOpeningUseCase.RecordSuggestionOpeningCommand;
import com.servelink.application.port.in.kb.SearchArticlesUseCase;
import com.servelink.application.port.in.kb.SearchArticlesUseCase.SearchArticlesQuery;
import com.servelink.application.port.in.kb.SuggestArticlesUseCase.SuggestArticlesQuery;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The help centre's pages for anyone signed in: {@code /help} (the published articles, a search box
 * and a language filter) and {@code /help/{slug}} (one article, rendered by {@link ArticleMarkdown});
 * the same use cases as {@code /api/kb/…}.
 */
final class HelpPages {
    private static final List<String> FIELDS = List.of("q", "lang");
    private static final int PAGE_SIZE = 20;
    /**
     * The new-ticket form's suggestions, as JSON for its script: the same answer as
     * {@code GET /api/kb/suggest}, for the page's session (the API takes bearer tokens, which pages
     * never hold). A dot is never in a slug, so no article's page hides behind it.
     */
    static final String SUGGESTIONS = "/help/suggest.json";

    private final UseCases useCases;
    private final Pages pages;

    HelpPages(UseCases useCases, Pages pages) {
        this.useCases = useCases;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(
                pages.page("/help", this::help),
                pages.page(SUGGESTIONS, this::suggest),
                pages.page("/help/{slug}", this::article));
    }

    static List<Link> nav(PageCall call) {
        return List.of(new Link("/help", call.t().get("nav.help"), true));
    }

    static List<Option> languages(PageCall call) {
        return List.of(new Option("fr", call.t().get("kb.language.fr")), new Option("en", call.t().get("kb.language.en")));
    }

    static String language(PageCall call, Language language) {
        return call.t().get("kb.language." + language.name().toLowerCase(Locale.ROOT));
    }

    private Reply help(PageCall call) {
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(name -> call.http().query(name).ifPresent(value -> typed.put(name, value)));
        Optional<String> text = call.http().query("q").filter(q -> !q.isBlank());
        FormState search = FormStates.values(typed);
        List<HelpView.Entry> entries = List.of();
        String next = null;
        int status = 200;
        Labels labels = new Labels(call.t());
        try {
            Optional<Language> language = call.http().query("lang").filter(v -> !v.isEmpty())
                    .map(code -> ArticleInput.language(code, "lang"));
            if (text.isPresent()) {
                entries = useCases.searchArticles().search(new SearchArticlesQuery(call.actor(), text.get(), language,
                        SearchArticlesUseCase.DEFAULT_LIMIT)).stream().map(hit -> {
                            Article a = hit.view().article();
                            return new HelpView.Entry(a.title(), "/help/" + a.slug().value(), language(call, a.language()),
                                    labels.category(a.category()), a.publishedAt().map(call.formats()::date).orElse(""),
                                    ArticleMarkdown.excerptHtml(hit.excerpt()));
                        }).toList();
            } else {
                var page = useCases.listPublishedArticles().list(new ListPublishedArticlesQuery(call.actor(), language,
                        Optional.empty(), PAGE_SIZE, call.http().query("cursor").filter(c -> !c.isEmpty())));
                entries = page.articles().stream().map(view -> entry(call, labels, view)).toList();
                next = page.nextCursor().map(cursor -> "/help?" + language.map(l -> "lang="
                        + l.name().toLowerCase(Locale.ROOT) + "&").orElse("") + "cursor=" + LocalPaths.encode(cursor))
                        .orElse(null);
            }
        } catch (DomainException refusal) {
            if (refusal.code() != ErrorCode.INVALID_FIELD) {
                throw refusal;
            }
            search = FormStates.refused(typed, refusal, FIELDS);
            status = Problems.status(refusal.code());
            entries = List.of();
        }
        var view = new HelpView(call.chrome(call.t().get("kb.title"), nav(call)), search, languages(call),
                text.isPresent(), entries, next);
        return pages.html(status, "help.jte", view);
    }

    private Reply suggest(PageCall call) {
        var query = new SuggestArticlesQuery(call.actor(), call.http().query("subject").orElse(""),
                call.http().query("description").orElse(""));
        return Reply.ok(new ArticleSuggestionsJson(useCases.suggestArticles().suggest(query).stream()
                .map(hit -> ArticleHitJson.of(hit, "/help/" + hit.view().article().slug().value() + "?"
                        + KbRoutes.SUGGESTION_MARKER))
                .toList()));
    }

    private static HelpView.Entry entry(PageCall call, Labels labels, ArticleView view) {
        Article a = view.article();
        return new HelpView.Entry(a.title(), "/help/" + a.slug().value(), language(call, a.language()),
                labels.category(a.category()), a.publishedAt().map(call.formats()::date).orElse(""), null);
    }

    private Reply article(PageCall call) {
        ArticleSlug slug = call.http().pathId("slug", ArticleSlug::new);
        ArticleView view = useCases.getArticle().get(new GetArticleQuery(call.actor(), slug));
        if (call.http().query("from").filter("suggestion"::equals).isPresent()) {
            useCases.recordSuggestionOpening().record(new RecordSuggestionOpeningCommand(call.actor(), slug));
        }
        Article a = view.article();
        String status = a.isPublished() ? null : call.t().get("kb.status." + a.status().code());
        var page = new HelpArticleView(call.chrome(a.title(), nav(call)), a.title(), ArticleMarkdown.html(a.body()),
                language(call, a.language()), new Labels(call.t()).category(a.category()),
                call.formats().date(a.updatedAt()), status);
        return pages.html(200, "help_article.jte", page);
    }
}
