package com.servelink.application.port.in.billing;

import com.servelink.domain.shared.DomainException;

import java.util.Optional;
import java.util.regex.Pattern;

/** The shape of an {@code Idempotency-Key} header, the same for purchases and refunds. */
final class IdempotencyKeys {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeys() {
    }

    /** Refuses a key that is not 1 to 255 visible ASCII characters (422 naming the header). */
    static void requireWellFormed(Optional<String> key) {
        if (key.isPresent() && !KEY.matcher(key.get()).matches()) {
            throw DomainException.invalidField("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
    }
}
