package com.servelink.application.port.out;

import com.servelink.domain.support.TicketId;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in a newest-first list of tickets: the last ticket a page showed. Encoded for
 * clients as an opaque string; keyset pagination stays correct while tickets are added.
 */
public record TicketCursor(Instant createdAt, TicketId ticketId) {
    public TicketCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(ticketId, "ticketId");
    }

    public String encode() {
        return KeysetCursor.writer().instant(createdAt).text(ticketId.value()).encode();
    }

    /** Parses a cursor a client sent back; anything we did not issue is an invalid {@code cursor}. */
    public static TicketCursor decode(String cursor) {
        KeysetCursor.Reader reader = KeysetCursor.reader(cursor);
        Instant createdAt = reader.instant();
        try {
            return new TicketCursor(createdAt, new TicketId(reader.text()));
        } catch (RuntimeException e) {
            throw KeysetCursor.invalid();
        }
    }
}
