package com.servelink.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * A business rule refused an action. Unchecked, because callers cannot recover locally: the
 * refusal travels to the driving adapter, which turns its {@link ErrorCode} into a response.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient List<FieldError> fieldErrors;

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public DomainException(ErrorCode code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException invalidField(String field, String message) {
        return new DomainException(ErrorCode.INVALID_FIELD, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static DomainException invalidFields(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one field error is required");
        }
        return new DomainException(ErrorCode.INVALID_FIELD, errors.get(0).field() + ": "
                + errors.get(0).message(), errors);
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
