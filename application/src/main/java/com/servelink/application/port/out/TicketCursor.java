package com.servelink.application.port.out;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.TicketId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in a newest-first list of tickets: the last ticket a page showed. Encoded for
 * clients as an opaque string; keyset pagination stays correct while tickets are added.
 */
public record TicketCursor(Instant createdAt, TicketId ticketId) {
    /** The years a timestamp column holds on both databases (PostgreSQL's ends at 294276 AD). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public TicketCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(ticketId, "ticketId");
    }

    public String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + ticketId.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a cursor a client sent back; anything we did not issue is an invalid {@code cursor}. */
    public static TicketCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\.", 3);
            Instant createdAt = Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            if (createdAt.isBefore(EARLIEST) || createdAt.isAfter(LATEST)) {
                throw new IllegalArgumentException("out of the columns' range");
            }
            return new TicketCursor(createdAt, new TicketId(parts[2]));
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this server issued");
        }
    }
}
