package com.servelink.application.port.in.kb;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.support.TicketCategory;

import java.util.Optional;

/**
 * What staff write in an article, checked as a whole so that every bad field is named at once:
 * the slug (optional: made from the title when absent), title, body, language, category.
 */
public record ArticleInput(Optional<ArticleSlug> slug, String title, String body, Language language,
                           TicketCategory category) {

    /** Parses raw input (JSON or a form), naming {@code slug}, {@code title}, {@code body}, {@code language}, {@code category}. */
    public static ArticleInput of(String slug, String title, String body, String language, String category) {
        FieldChecks checks = new FieldChecks()
                .text(title, "title", 1, Article.TITLE_MAX)
                .text(body, "body", 1, Article.BODY_MAX);
        Optional<ArticleSlug> parsedSlug = Optional.empty();
        Language parsedLanguage = null;
        TicketCategory parsedCategory = null;
        try {
            parsedSlug = slug == null || slug.isEmpty() ? Optional.empty() : Optional.of(new ArticleSlug(slug));
        } catch (DomainException e) {
            e.fieldErrors().forEach(checks::add);
        }
        try {
            parsedLanguage = language(language, "language");
        } catch (DomainException e) {
            e.fieldErrors().forEach(checks::add);
        }
        try {
            checks.require(category != null, "category", "is required: one of technical, billing, feature_request, bug_report, other");
            parsedCategory = category == null ? null : TicketCategory.fromCode(category, "category");
        } catch (DomainException e) {
            e.fieldErrors().forEach(checks::add);
        }
        checks.throwIfAny();
        return new ArticleInput(parsedSlug, title, body, parsedLanguage, parsedCategory);
    }

    /** {@code fr} or {@code en}, named {@code field} when anything else. */
    public static Language language(String code, String field) {
        if ("fr".equals(code)) {
            return Language.FR;
        }
        if ("en".equals(code)) {
            return Language.EN;
        }
        throw DomainException.invalidField(field, "must be fr or en");
    }
}
