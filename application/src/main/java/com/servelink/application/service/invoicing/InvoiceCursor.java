package com.servelink.application.service.invoicing;

import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The last invoice a page showed, as the opaque cursor of the next page (keyset on the number). */
final class InvoiceCursor {
    private static final String PREFIX = "inv:";

    private InvoiceCursor() {
    }

    static String encode(DocumentNumber last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + last).getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor a client sent back; anything this server did not issue is an invalid {@code cursor}. */
    static DocumentNumber decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not an invoice cursor");
            }
            DocumentNumber number = DocumentNumber.parse(raw.substring(PREFIX.length()), "cursor");
            if (number.kind() != DocumentNumber.Kind.INVOICE) {
                throw new IllegalArgumentException("not an invoice number");
            }
            return number;
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this server issued");
        }
    }
}
