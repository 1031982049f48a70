package com.servelink.application.port.out;

import com.servelink.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The codec of every keyset cursor: the sort key of the last row a page showed, written as
 * dot-separated fields in URL-safe base64, opaque to clients. An instant is two fields (epoch
 * seconds, nanoseconds), an absent instant one ({@code -}), a number one, and text, which may
 * hold dots, is the last field. {@link TicketCursor}'s format is an instant then an id.
 */
public final class KeysetCursor {
    /** The years a timestamp column holds on both databases (PostgreSQL's ends at 294276 AD). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final String ABSENT = "-";

    private KeysetCursor() {
    }

    public static Writer writer() {
        return new Writer();
    }

    /** Starts reading a cursor a client sent back; any field that does not parse is an invalid {@code cursor}. */
    public static Reader reader(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(Objects.requireNonNull(cursor)),
                    StandardCharsets.UTF_8);
            return new Reader(raw.split("\\.", -1));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /** The refusal of a cursor this server did not issue, naming the {@code cursor} parameter. */
    public static DomainException invalid() {
        return DomainException.invalidField("cursor", "is not a cursor this server issued");
    }

    /** Builds a cursor field by field. */
    public static final class Writer {
        private final List<String> fields = new ArrayList<>();
        private boolean closed;

        private Writer() {
        }

        public Writer instant(Instant at) {
            requireOpen();
            fields.add(Long.toString(at.getEpochSecond()));
            fields.add(Integer.toString(at.getNano()));
            return this;
        }

        public Writer optionalInstant(Instant atOrNull) {
            if (atOrNull == null) {
                requireOpen();
                fields.add(ABSENT);
                return this;
            }
            return instant(atOrNull);
        }

        public Writer number(long value) {
            requireOpen();
            fields.add(Long.toString(value));
            return this;
        }

        /** Text, the last field (it may contain dots). */
        public Writer text(String value) {
            requireOpen();
            fields.add(Objects.requireNonNull(value, "value"));
            closed = true;
            return this;
        }

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(String.join(".", fields).getBytes(StandardCharsets.UTF_8));
        }

        private void requireOpen() {
            if (closed) {
                throw new IllegalStateException("text is the last field of a cursor");
            }
        }
    }

    /** Reads a cursor's fields in the order they were written. */
    public static final class Reader {
        private final String[] fields;
        private int next;

        private Reader(String[] fields) {
            this.fields = fields;
        }

        public Instant instant() {
            try {
                Instant at = Instant.ofEpochSecond(Long.parseLong(field()), Integer.parseInt(field()));
                if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                    throw invalid();
                }
                return at;
            } catch (RuntimeException e) {
                throw invalid();
            }
        }

        /** An instant written by {@link Writer#optionalInstant}; {@code null} when it was absent. */
        public Instant optionalInstant() {
            if (next < fields.length && ABSENT.equals(fields[next])) {
                next++;
                return null;
            }
            return instant();
        }

        public long number() {
            try {
                return Long.parseLong(field());
            } catch (RuntimeException e) {
                throw invalid();
            }
        }

        /** The rest of the cursor as text; it must not be empty. */
        public String text() {
            if (next >= fields.length) {
                throw invalid();
            }
            String rest = String.join(".", Arrays.asList(fields).subList(next, fields.length));
            next = fields.length;
            if (rest.isEmpty()) {
                throw invalid();
            }
            return rest;
        }

        /** Refuses a cursor with fields left over. */
        public void end() {
            if (next != fields.length) {
                throw invalid();
            }
        }

        private String field() {
            if (next >= fields.length) {
                throw invalid();
            }
            return fields[next++];
        }
    }
}
