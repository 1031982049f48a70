package com.servelink.domain.kb;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A help-centre article: Markdown written by staff, or a draft the FAQ job proposed from solved
 * tickets ({@link #sourceTickets()}, shown to staff only). Customers see it only while it is
 * {@link ArticleStatus#PUBLISHED}. The body is stored as written; rendering it safely is the
 * pages' and the API's job (raw HTML is never passed through).
 */
public final class Article {
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final int AUTHOR_MAX = 320;

    private final ArticleId id;
    private final Instant createdAt;
    private final List<TicketId> sourceTickets;
    private final long version;
    private ArticleSlug slug;
    private String title;
    private String body;
    private Language language;
    private TicketCategory category;
    private ArticleStatus status;
    private String author;
    private Instant updatedAt;
    private Instant publishedAt;

    private Article(ArticleId id, ArticleSlug slug, String title, String body, Language language,
                    TicketCategory category, ArticleStatus status, String author, List<TicketId> sourceTickets,
                    Instant createdAt, Instant updatedAt, Instant publishedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.language = Objects.requireNonNull(language, "language");
        this.category = Objects.requireNonNull(category, "category");
        this.status = Objects.requireNonNull(status, "status");
        this.sourceTickets = List.copyOf(sourceTickets);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.publishedAt = publishedAt;
        this.version = version;
        checkText(title, body, author);
        this.title = title;
        this.body = body;
        this.author = author;
    }

    /** A new draft written by {@code author} (a staff e-mail, or the job's name). */
    public static Article draft(ArticleId id, ArticleSlug slug, String title, String body, Language language,
                                TicketCategory category, String author, Instant now) {
        return new Article(id, slug, title, body, language, category, ArticleStatus.DRAFT, author, List.of(),
                now, now, null, 0);
    }

    /** A draft the FAQ job proposes from the solved tickets it lists. */
    public static Article proposedFrom(List<TicketId> tickets, ArticleId id, ArticleSlug slug, String title,
                                       String body, Language language, TicketCategory category, String author,
                                       Instant now) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("a proposed draft names the tickets it comes from");
        }
        return new Article(id, slug, title, body, language, category, ArticleStatus.DRAFT, author, tickets,
                now, now, null, 0);
    }

    public static Article reconstitute(ArticleId id, ArticleSlug slug, String title, String body, Language language,
                                       TicketCategory category, ArticleStatus status, String author,
                                       List<TicketId> sourceTickets, Instant createdAt, Instant updatedAt,
                                       Instant publishedAt, long version) {
        return new Article(id, slug, title, body, language, category, status, author, sourceTickets,
                createdAt, updatedAt, publishedAt, version);
    }

    /** Replaces what staff may edit; refused on an archived article (publish or unpublish it first). */
    public void edit(ArticleSlug newSlug, String newTitle, String newBody, Language newLanguage,
                     TicketCategory newCategory, Instant now) {
        move(ArticleStatus.Move.EDIT);
        checkText(newTitle, newBody, author);
        this.slug = Objects.requireNonNull(newSlug, "slug");
        this.title = newTitle;
        this.body = newBody;
        this.language = Objects.requireNonNull(newLanguage, "language");
        this.category = Objects.requireNonNull(newCategory, "category");
        this.updatedAt = now;
    }

    /** Shows the article to customers; {@link #publishedAt()} is the first publication. */
    public void publish(Instant now) {
        move(ArticleStatus.Move.PUBLISH);
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Takes a published or archived article back to a draft. */
    public void unpublish(Instant now) {
        move(ArticleStatus.Move.UNPUBLISH);
        updatedAt = now;
    }

    public void archive(Instant now) {
        move(ArticleStatus.Move.ARCHIVE);
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    private void move(ArticleStatus.Move move) {
        status = status.after(move).orElseThrow(() -> new DomainException(ErrorCode.INVALID_TRANSITION,
                "an article that is " + status.code() + " cannot be "
                        + switch (move) {
                            case EDIT -> "edited";
                            case PUBLISH -> "published";
                            case UNPUBLISH -> "unpublished";
                            case ARCHIVE -> "archived";
                        }));
    }

    private static void checkText(String title, String body, String author) {
        new FieldChecks()
                .text(title, "title", 1, TITLE_MAX)
                .text(body, "body", 1, BODY_MAX)
                .text(author, "author", 1, AUTHOR_MAX)
                .throwIfAny();
    }

    public ArticleId id() {
        return id;
    }

    public ArticleSlug slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Markdown, as written. */
    public String body() {
        return body;
    }

    public Language language() {
        return language;
    }

    public TicketCategory category() {
        return category;
    }

    public ArticleStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    /** The solved tickets a proposed draft was written from; empty for articles staff wrote. */
    public List<TicketId> sourceTickets() {
        return sourceTickets;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public long version() {
        return version;
    }
}
