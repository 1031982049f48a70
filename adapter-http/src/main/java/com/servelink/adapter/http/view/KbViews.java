package com.servelink.adapter.http.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.servelink.adapter.http.markdown.ArticleMarkdown;
import com.servelink.application.port.in.kb.ArticleHit;
import com.servelink.application.port.in.kb.ArticlePage;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.domain.kb.Article;
import com.servelink.domain.support.TicketId;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * JSON shapes of the help centre. {@code body} is the Markdown as written, {@code body_html} its
 * safe rendering; {@code author} and {@code source_tickets} are there for staff only.
 */
public final class KbViews {
    private KbViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleJson(String id, String slug, String title, String body, String bodyHtml, String language,
                              String category, String status, String author, List<String> sourceTickets,
                              Instant createdAt, Instant updatedAt,
                              @JsonInclude(JsonInclude.Include.ALWAYS) Instant publishedAt, Long version,
                              String url) {

        /** An article in detail: its Markdown and its rendering. */
        public static ArticleJson detail(ArticleView view) {
            Article a = view.article();
            return of(view, a.body(), ArticleMarkdown.html(a.body()));
        }

        /** An article in a list: no body. */
        public static ArticleJson summary(ArticleView view) {
            return of(view, null, null);
        }

        private static ArticleJson of(ArticleView view, String body, String html) {
            Article a = view.article();
            boolean staff = view.forStaff();
            return new ArticleJson(a.id().value(), a.slug().value(), a.title(), body, html, code(a),
                    a.category().code(), a.status().code(), staff ? a.author() : null,
                    staff ? a.sourceTickets().stream().map(TicketId::value).toList() : null, a.createdAt(),
                    a.updatedAt(), a.publishedAt().orElse(null), staff ? a.version() : null,
                    "/help/" + a.slug().value());
        }
    }

    private static String code(Article a) {
        return a.language().name().toLowerCase(Locale.ROOT);
    }

    public record ArticleListJson(List<ArticleJson> articles,
                                  @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
        public static ArticleListJson of(ArticlePage page) {
            return new ArticleListJson(page.articles().stream().map(ArticleJson::summary).toList(),
                    page.nextCursor().orElse(null));
        }
    }

    public record HighlightJson(int start, int end) {
    }

    /**
     * A found article: {@code excerpt} is plain text and {@code highlights} its ranges to mark
     * (UTF-16 indexes); {@code excerpt_html} is the same, escaped, with only {@code <mark>} added.
     */
    public record ArticleHitJson(String id, String slug, String title, String language, String category, String excerpt,
                          List<HighlightJson> highlights, String excerptHtml, String url) {
        public static ArticleHitJson of(ArticleHit hit, String url) {
            Article a = hit.view().article();
            return new ArticleHitJson(a.id().value(), a.slug().value(), a.title(), code(a), a.category().code(),
                    hit.excerpt().text(), hit.excerpt().highlights().stream()
                    .map(r -> new HighlightJson(r.start(), r.end())).toList(),
                    ArticleMarkdown.excerptHtml(hit.excerpt()), url);
        }
    }

    public record ArticleSearchJson(String query, List<ArticleHitJson> results) {
    }

    public record ArticleSuggestionsJson(List<ArticleHitJson> suggestions) {
    }
}
