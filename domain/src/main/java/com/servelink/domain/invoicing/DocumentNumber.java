package com.servelink.domain.invoicing;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of an invoice ({@code SL-2026-000123}) or a credit note ({@code SL-AV-2026-000007}):
 * one gap-free sequence per kind and calendar year, starting at 1. Allocating the next value is
 * the store's job, in the transaction that issues the document.
 */
public record DocumentNumber(Kind kind, int year, long sequence) {
    public static final long MAX_SEQUENCE = 999_999;
    private static final Pattern SHAPE = Pattern.compile("SL-(AV-)?(\\d{4})-(\\d{6})");

    public enum Kind {
        INVOICE("SL-"), CREDIT_NOTE("SL-AV-");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public DocumentNumber {
        java.util.Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
    }

    /** Reads a number as printed; {@code field} names it in the error. */
    public static DocumentNumber parse(String text, String field) {
        Matcher matcher = text == null ? null : SHAPE.matcher(text);
        if (matcher == null || !matcher.matches() || Long.parseLong(matcher.group(3)) == 0) {
            throw DomainException.invalidField(field, "must be an invoice number such as SL-2026-000123"
                    + " or a credit note number such as SL-AV-2026-000007");
        }
        return new DocumentNumber(matcher.group(1) == null ? Kind.INVOICE : Kind.CREDIT_NOTE,
                Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s%04d-%06d", kind.prefix, year, sequence);
    }
}
