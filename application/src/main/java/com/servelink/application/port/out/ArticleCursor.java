package com.servelink.application.port.out;

import com.servelink.domain.kb.ArticleId;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in the staff's newest-first list of articles: the last article a page showed, by
 * creation time and id (an edit does not move an article), opaque to clients as {@link TicketCursor}.
 */
public record ArticleCursor(Instant createdAt, ArticleId articleId) {
    public ArticleCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(articleId, "articleId");
    }

    public String encode() {
        return KeysetCursor.writer().instant(createdAt).text(articleId.value()).encode();
    }

    /** Parses a cursor a client sent back; anything we did not issue is an invalid {@code cursor}. */
    public static ArticleCursor decode(String cursor) {
        KeysetCursor.Reader reader = KeysetCursor.reader(cursor);
        Instant createdAt = reader.instant();
        try {
            return new ArticleCursor(createdAt, new ArticleId(reader.text()));
        } catch (RuntimeException e) {
            throw KeysetCursor.invalid();
        }
    }
}
