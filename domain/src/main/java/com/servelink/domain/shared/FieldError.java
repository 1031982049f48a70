package com.servelink.domain.shared;

import java.util.Objects;

/** One invalid field of a request, named as the client sent it (snake_case). */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
