package com.servelink.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every invalid field of a request before refusing it, so that a client learns all
 * its mistakes at once. Text lengths count Unicode code points, as SPEC §6 requires.
 */
public final class FieldChecks {
    private final List<FieldError> errors = new ArrayList<>();

    public FieldChecks require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Checks that {@code value} is present, has {@code min..max} code points and is {@link StorableText}. */
    public FieldChecks text(String value, String field, int min, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return this;
        }
        int length = codePoints(value);
        if (length < min || length > max) {
            errors.add(new FieldError(field, "must be " + min + " to " + max + " characters long"));
        } else if (value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (!StorableText.isStorable(value)) {
            errors.add(new FieldError(field, StorableText.REFUSED));
        }
        return this;
    }

    public FieldChecks add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws an {@link ErrorCode#INVALID_FIELD} exception naming every failed check. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw DomainException.invalidFields(errors);
        }
    }

    public static int codePoints(String value) {
        return value.codePointCount(0, value.length());
    }
}
