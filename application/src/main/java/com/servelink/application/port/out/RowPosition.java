package com.servelink.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A row's place in a list ordered by creation time then id (payments, add-ons, projects): the
 * last row a page showed, so that the next page starts strictly after it whatever was added since.
 */
public record RowPosition(Instant createdAt, String id) {
    public RowPosition {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("id is empty");
        }
    }

    public String encode() {
        return KeysetCursor.writer().instant(createdAt).text(id).encode();
    }

    /** Parses a cursor a client sent back; anything we did not issue is an invalid {@code cursor}. */
    public static RowPosition decode(String cursor) {
        KeysetCursor.Reader reader = KeysetCursor.reader(cursor);
        return new RowPosition(reader.instant(), reader.text());
    }
}
