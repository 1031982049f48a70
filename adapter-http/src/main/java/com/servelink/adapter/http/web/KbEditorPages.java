package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.markdown.ArticleMarkdown;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.adapter.http.web.view.KbEditorView;
import com.servelink.adapter.http.web.view.KbListView;
import com.servelink.adapter.http.web.view.Link;
import com.servelink.adapter.http.web.view.Option;
import com.servelink.application.port.in.kb.ArchiveArticleUseCase.ArchiveArticleCommand;
import com.servelink.application.port.in.kb.ArticleInput;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.CreateArticleUseCase.CreateArticleCommand;
import com.servelink.application.port.in.kb.EditArticleUseCase.EditArticleCommand;
import com.servelink.application.port.in.kb.GetStaffArticleUseCase.GetStaffArticleQuery;
import com.servelink.application.port.in.kb.ListArticlesUseCase.ListArticlesQuery;
import com.servelink.application.port.in.kb.PublishArticleUseCase.PublishArticleCommand;
import com.servelink.application.port.in.kb.UnpublishArticleUseCase.UnpublishArticleCommand;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.TicketCategory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff's article editor: the list of every article ({@code /staff/kb}), a new article, and an
 * article's page with its form, a preview of the Markdown as readers will see it, and the
 * publish, unpublish and archive buttons its status allows; the use cases of
 * {@code /api/staff/kb/articles…}, which refuse anyone but staff.
 */
final class KbEditorPages {
    private static final String BASE = "/staff/kb";
    private static final List<String> FILTERS = List.of("status", "language", "category");
    private static final List<String> FIELDS = List.of("slug", "title", "body", "language", "category");
    private static final int PAGE_SIZE = 50;

    private final UseCases useCases;
    private final Pages pages;

    KbEditorPages(UseCases useCases, Pages pages) {
        this.useCases = useCases;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(
                pages.page(BASE, this::list),
                pages.page(BASE + "/new", call -> editor(call, 200, Optional.empty(), FormState.EMPTY, null, null)),
                pages.action(BASE + "/articles", this::create),
                pages.page(BASE + "/articles/{article_id}", call -> {
                    ArticleView view = load(call);
                    return editor(call, 200, Optional.of(view), values(view.article()),
                            ArticleMarkdown.html(view.article().body()), notice(call));
                }),
                pages.action(BASE + "/articles/{article_id}", this::edit),
                pages.action(BASE + "/articles/{article_id}/publish", call -> change(call, "published",
                        id -> useCases.publishArticle().publish(new PublishArticleCommand(call.actor(), id)))),
                pages.action(BASE + "/articles/{article_id}/unpublish", call -> change(call, "unpublished",
                        id -> useCases.unpublishArticle().unpublish(new UnpublishArticleCommand(call.actor(), id)))),
                pages.action(BASE + "/articles/{article_id}/archive", call -> change(call, "archived",
                        id -> useCases.archiveArticle().archive(new ArchiveArticleCommand(call.actor(), id)))));
    }

    private static List<Link> nav(PageCall call) {
        return List.of(new Link("/staff/queue", call.t().get("nav.queue"), false),
                new Link("/staff/stats", call.t().get("nav.stats"), false),
                new Link(BASE, call.t().get("nav.kb"), true));
    }

    private static String notice(PageCall call) {
        return call.http().query("notice").filter(n -> List.of("created", "saved", "published", "unpublished",
                "archived").contains(n)).map(n -> call.t().get("kb.notice." + n)).orElse(null);
    }

    private List<Option> statuses(PageCall call) {
        return Arrays.stream(ArticleStatus.values()).map(s -> new Option(s.code(), call.t().get("kb.status." + s.code())))
                .toList();
    }

    private Reply list(PageCall call) {
        Map<String, String> typed = new LinkedHashMap<>();
        FILTERS.forEach(name -> call.http().query(name).ifPresent(value -> typed.put(name, value)));
        FormState filters = FormStates.values(typed);
        Labels labels = new Labels(call.t());
        List<KbListView.Row> rows = List.of();
        String next = null;
        int status = 200;
        try {
            var page = useCases.listArticles().list(new ListArticlesQuery(call.actor(),
                    QueryParameters.code(call.http(), "status", ArticleStatus::fromCode),
                    call.http().query("language").filter(v -> !v.isEmpty()).map(v -> ArticleInput.language(v, "language")),
                    QueryParameters.code(call.http(), "category", TicketCategory::fromCode), PAGE_SIZE,
                    call.http().query("cursor").filter(c -> !c.isEmpty())));
            rows = page.articles().stream().map(view -> {
                Article a = view.article();
                return new KbListView.Row(a.title(), BASE + "/articles/" + a.id().value(), a.slug().value(),
                        call.t().get("kb.status." + a.status().code()), HelpPages.language(call, a.language()),
                        labels.category(a.category()), call.formats().dateTime(a.updatedAt()),
                        !a.sourceTickets().isEmpty());
            }).toList();
            StringBuilder query = new StringBuilder();
            typed.forEach((name, value) -> {
                if (!value.isEmpty()) {
                    query.append(name).append('=').append(LocalPaths.encode(value)).append('&');
                }
            });
            next = page.nextCursor().map(cursor -> BASE + "?" + query + "cursor=" + LocalPaths.encode(cursor))
                    .orElse(null);
        } catch (DomainException refusal) {
            if (refusal.code() != ErrorCode.INVALID_FIELD) {
                throw refusal;
            }
            filters = FormStates.refused(typed, refusal, FILTERS);
            status = Problems.status(refusal.code());
        }
        var view = new KbListView(call.chrome(call.t().get("kb.staff.title"), nav(call)), filters, statuses(call),
                HelpPages.languages(call), labels.categories(), rows, next, notice(call));
        return pages.html(status, "staff/kb.jte", view);
    }

    private ArticleView load(PageCall call) {
        ArticleId id = call.http().pathId("article_id", ArticleId::new);
        return useCases.getStaffArticle().get(new GetStaffArticleQuery(call.actor(), id));
    }

    private static FormState values(Article a) {
        return FormStates.values(Map.of("slug", a.slug().value(), "title", a.title(), "body", a.body(),
                "language", a.language().name().toLowerCase(Locale.ROOT), "category", a.category().code()));
    }

    private Map<String, String> typed(PageCall call) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            typed.put(field, call.form().raw(field) == null ? "" : call.form().raw(field));
        }
        return typed;
    }

    private static boolean previewing(PageCall call) {
        return "preview".equals(call.form().raw("intent"));
    }

    /** The editor; {@code article} empty for a new one, {@code preview} the safe HTML of the typed or saved body. */
    private Reply editor(PageCall call, int status, Optional<ArticleView> article, FormState form, String preview,
                         String notice) {
        Labels labels = new Labels(call.t());
        Optional<Article> a = article.map(ArticleView::article);
        String base = a.map(x -> BASE + "/articles/" + x.id().value()).orElse(null);
        ArticleStatus current = a.map(Article::status).orElse(null);
        String heading = a.map(Article::title).orElse(call.t().get("kb.staff.new"));
        var view = new KbEditorView(call.chrome(heading, nav(call)), heading, base == null ? BASE + "/articles" : base,
                form, HelpPages.languages(call), labels.categories(),
                a.map(x -> String.valueOf(x.version())).orElse(null),
                a.map(x -> call.t().get("kb.status." + x.status().code())).orElse(null), preview,
                current != null && current.after(ArticleStatus.Move.PUBLISH).isPresent() ? base + "/publish" : null,
                current != null && current.after(ArticleStatus.Move.UNPUBLISH).isPresent() ? base + "/unpublish" : null,
                current != null && current.after(ArticleStatus.Move.ARCHIVE).isPresent() ? base + "/archive" : null,
                a.map(x -> "/help/" + x.slug().value()).orElse(null),
                a.map(x -> x.sourceTickets().stream().map(t -> new Link("/staff/tickets/" + t.value(), t.value(), false))
                        .toList()).orElse(List.of()), notice);
        return pages.html(status, "staff/kb_article.jte", view);
    }

    private Reply create(PageCall call) {
        Map<String, String> typed = typed(call);
        var form = call.form();
        if (previewing(call)) {
            return editor(call, 200, Optional.empty(), FormStates.values(typed), ArticleMarkdown.html(typed.get("body")),
                    null);
        }
        try {
            ArticleInput input = ArticleInput.of(form.raw("slug"), form.raw("title"), form.raw("body"),
                    form.raw("language"), form.raw("category"));
            ArticleView created = useCases.createArticle().create(new CreateArticleCommand(call.actor(), input));
            return Pages.redirect(BASE + "/articles/" + created.article().id().value() + "?notice=created");
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.FORBIDDEN || refusal.code() == ErrorCode.NOT_FOUND) {
                throw refusal;
            }
            return editor(call, Problems.status(refusal.code()), Optional.empty(), FormStates.refused(typed, refusal),
                    ArticleMarkdown.html(typed.get("body")), null);
        }
    }

    private Reply edit(PageCall call) {
        ArticleView view = load(call);
        Map<String, String> typed = typed(call);
        var form = call.form();
        if (previewing(call)) {
            return editor(call, 200, Optional.of(view), FormStates.values(typed),
                    ArticleMarkdown.html(typed.get("body")), null);
        }
        try {
            ArticleInput input = ArticleInput.of(form.raw("slug"), form.raw("title"), form.raw("body"),
                    form.raw("language"), form.raw("category"));
            Optional<Long> version = Optional.ofNullable(form.raw("version")).filter(v -> v.matches("[0-9]{1,18}"))
                    .map(Long::valueOf);
            useCases.editArticle().edit(new EditArticleCommand(call.actor(), view.article().id(), input, version));
            return Pages.redirect(BASE + "/articles/" + view.article().id().value() + "?notice=saved");
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.FORBIDDEN || refusal.code() == ErrorCode.NOT_FOUND) {
                throw refusal;
            }
            return editor(call, Problems.status(refusal.code()), Optional.of(view), FormStates.refused(typed, refusal),
                    ArticleMarkdown.html(typed.get("body")), null);
        }
    }

    private Reply change(PageCall call, String notice, java.util.function.Function<ArticleId, ArticleView> move) {
        ArticleId id = call.http().pathId("article_id", ArticleId::new);
        try {
            move.apply(id);
            return Pages.redirect(BASE + "/articles/" + id.value() + "?notice=" + notice);
        } catch (DomainException refusal) {
            if (refusal.code() != ErrorCode.INVALID_TRANSITION && refusal.code() != ErrorCode.CONFLICT) {
                throw refusal;
            }
            ArticleView view = load(call);
            return editor(call, Problems.status(refusal.code()), Optional.of(view),
                    new FormState(values(view.article()).values(), Map.of(), com.servelink.adapter.http.error.ApiFieldNames.detail(refusal)),
                    ArticleMarkdown.html(view.article().body()), null);
        }
    }
}
