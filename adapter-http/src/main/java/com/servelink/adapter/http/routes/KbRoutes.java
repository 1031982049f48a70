package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.view.KbViews.ArticleJson;
import com.servelink.adapter.http.view.KbViews.ArticleListJson;
import com.servelink.adapter.http.view.KbViews.ArticleHitJson;
import com.servelink.adapter.http.view.KbViews.ArticleSearchJson;
import com.servelink.adapter.http.view.KbViews.ArticleSuggestionsJson;
import com.servelink.application.port.in.kb.ArchiveArticleUseCase.ArchiveArticleCommand;
import com.servelink.application.port.in.kb.ArticleInput;
import com.servelink.application.port.in.kb.CreateArticleUseCase.CreateArticleCommand;
import com.servelink.application.port.in.kb.EditArticleUseCase.EditArticleCommand;
import com.servelink.application.port.in.kb.GetArticleUseCase.GetArticleQuery;
import com.servelink.application.port.in.kb.GetStaffArticleUseCase.GetStaffArticleQuery;
import com.servelink.application.port.in.kb.ListArticlesUseCase;
import com.servelink.application.port.in.kb.ListArticlesUseCase.ListArticlesQuery;
import com.servelink.application.port.in.kb.ListPublishedArticlesUseCase.ListPublishedArticlesQuery;
import com.servelink.application.port.in.kb.PublishArticleUseCase.PublishArticleCommand;
import com.servelink.application.port.in.kb.SearchArticlesUseCase;
import com.servelink.application.port.in.kb.SearchArticlesUseCase.SearchArticlesQuery;
import com.servelink.application.port.in.kb.SuggestArticlesUseCase.SuggestArticlesQuery;
import com.servelink.application.port.in.kb.UnpublishArticleUseCase.UnpublishArticleCommand;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.support.TicketCategory;

import java.util.List;
import java.util.Optional;

/**
 * The help centre over HTTP: staff manage articles under {@code /api/staff/kb/articles}; anyone
 * signed in reads the published ones, searches them and asks for suggestions under {@code /api/kb}.
 */
public final class KbRoutes {
    /** Where a suggestion's link leads: the article's page, marked so that opening it is recorded. */
    public static final String SUGGESTION_MARKER = "from=suggestion";
    private static final String STAFF = "/api/staff/kb/articles";

    private final UseCases useCases;

    public KbRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", STAFF, Access.USER, this::staffList),
                new Route("POST", STAFF, Access.USER, this::create),
                new Route("GET", STAFF + "/{article_id}", Access.USER, this::staffGet),
                new Route("PUT", STAFF + "/{article_id}", Access.USER, this::edit),
                new Route("POST", STAFF + "/{article_id}/publish", Access.USER, call -> Reply.ok(ArticleJson.detail(
                        useCases.publishArticle().publish(new PublishArticleCommand(call.actor(), articleId(call)))))),
                new Route("POST", STAFF + "/{article_id}/unpublish", Access.USER, call -> Reply.ok(ArticleJson.detail(
                        useCases.unpublishArticle().unpublish(new UnpublishArticleCommand(call.actor(),
                                articleId(call)))))),
                new Route("POST", STAFF + "/{article_id}/archive", Access.USER, call -> Reply.ok(ArticleJson.detail(
                        useCases.archiveArticle().archive(new ArchiveArticleCommand(call.actor(), articleId(call)))))),
                new Route("GET", "/api/kb/articles", Access.USER, this::publishedList),
                new Route("GET", "/api/kb/articles/{slug}", Access.USER, this::get),
                new Route("GET", "/api/kb/search", Access.USER, this::search),
                new Route("GET", "/api/kb/suggest", Access.USER, this::suggest));
    }

    private static ArticleId articleId(Call call) {
        return call.pathId("article_id", ArticleId::new);
    }

    private static Optional<Language> language(Call call, String name) {
        return call.query(name).filter(v -> !v.isEmpty()).map(code -> ArticleInput.language(code, name));
    }

    private static ArticleInput input(JsonBody body) {
        String slug = body.text("slug");
        String title = body.text("title");
        String text = body.text("body");
        String language = body.text("language");
        String category = body.text("category");
        body.requireValid();
        return ArticleInput.of(slug, title, text, language, category);
    }

    private Reply create(Call call) {
        var actor = call.actor();
        ArticleInput input = input(call.json());
        return Reply.created(ArticleJson.detail(useCases.createArticle().create(new CreateArticleCommand(actor, input))));
    }

    private Reply edit(Call call) {
        var actor = call.actor();
        ArticleId id = articleId(call);
        JsonBody body = call.json();
        Long version = body.longInteger("version");
        ArticleInput input = input(body);
        return Reply.ok(ArticleJson.detail(useCases.editArticle().edit(new EditArticleCommand(actor, id, input,
                Optional.ofNullable(version)))));
    }

    private Reply staffGet(Call call) {
        return Reply.ok(ArticleJson.detail(useCases.getStaffArticle().get(new GetStaffArticleQuery(call.actor(),
                articleId(call)))));
    }

    private Reply staffList(Call call) {
        var query = new ListArticlesQuery(call.actor(),
                QueryParameters.code(call, "status", ArticleStatus::fromCode), language(call, "language"),
                QueryParameters.code(call, "category", TicketCategory::fromCode),
                QueryParameters.limit(call, ListArticlesUseCase.DEFAULT_LIMIT, ListArticlesUseCase.MAX_LIMIT),
                call.query("cursor").filter(c -> !c.isEmpty()));
        return Reply.ok(ArticleListJson.of(useCases.listArticles().list(query)));
    }

    private Reply publishedList(Call call) {
        var query = new ListPublishedArticlesQuery(call.actor(), language(call, "language"),
                QueryParameters.code(call, "category", TicketCategory::fromCode),
                QueryParameters.limit(call, ListArticlesUseCase.DEFAULT_LIMIT, ListArticlesUseCase.MAX_LIMIT),
                call.query("cursor").filter(c -> !c.isEmpty()));
        return Reply.ok(ArticleListJson.of(useCases.listPublishedArticles().list(query)));
    }

    /** A slug that cannot exist is an article that does not exist. */
    private Reply get(Call call) {
        ArticleSlug slug = call.pathId("slug", ArticleSlug::new);
        return Reply.ok(ArticleJson.detail(useCases.getArticle().get(new GetArticleQuery(call.actor(), slug))));
    }

    private Reply search(Call call) {
        var actor = call.actor();
        String text = call.query("q").orElse(null);
        var query = new SearchArticlesQuery(actor, text, language(call, "lang"),
                QueryParameters.limit(call, SearchArticlesUseCase.DEFAULT_LIMIT, SearchArticlesUseCase.MAX_LIMIT));
        return Reply.ok(new ArticleSearchJson(text, useCases.searchArticles().search(query).stream()
                .map(hit -> ArticleHitJson.of(hit, "/help/" + hit.view().article().slug().value())).toList()));
    }

    private Reply suggest(Call call) {
        var actor = call.actor();
        var query = new SuggestArticlesQuery(actor, call.query("subject").orElse(""),
                call.query("description").orElse(""));
        return Reply.ok(new ArticleSuggestionsJson(useCases.suggestArticles().suggest(query).stream()
                .map(hit -> ArticleHitJson.of(hit, "/help/" + hit.view().article().slug().value() + "?" + SUGGESTION_MARKER))
                .toList()));
    }
}
