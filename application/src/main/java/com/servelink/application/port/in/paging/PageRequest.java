package com.servelink.application.port.in.paging;

import com.servelink.domain.shared.DomainException;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a list a client asks for, with the tickets' contract (SPEC §6): {@code limit}
 * from 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}), and the opaque {@code cursor}
 * of the previous page's {@code next_cursor}, absent for the first page.
 */
public record PageRequest(int limit, Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        Objects.requireNonNull(cursor, "cursor");
        cursor = cursor.filter(c -> !c.isEmpty());
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
        }
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, Optional.empty());
    }

    public static PageRequest of(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** How many rows to ask the store for: one more than the page tells whether a next page exists. */
    public int probe() {
        return limit + 1;
    }
}
