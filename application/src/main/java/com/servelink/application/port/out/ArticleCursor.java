package com.servelink.application.port.out;

import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in the staff's newest-first list of articles: the last article a page showed, by
 * creation time and id (an edit does not move an article), opaque to clients as {@link TicketCursor}.
 */
public record ArticleCursor(Instant createdAt, ArticleId articleId) {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public ArticleCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(articleId, "articleId");
    }

    public String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + articleId.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a cursor a client sent back; anything we did not issue is an invalid {@code cursor}. */
    public static ArticleCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\.", 3);
            Instant createdAt = Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            if (createdAt.isBefore(EARLIEST) || createdAt.isAfter(LATEST)) {
                throw new IllegalArgumentException("out of the columns' range");
            }
            return new ArticleCursor(createdAt, new ArticleId(parts[2]));
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this server issued");
        }
    }
}
