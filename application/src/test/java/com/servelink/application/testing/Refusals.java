package com.servelink.application.testing;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that a use case refused a request with a given code. */
public final class Refusals {
    private Refusals() {
    }

    public static DomainException refused(ThrowingCallable call, ErrorCode code) {
        DomainException refusal = catchThrowableOfType(DomainException.class, call);
        assertThat(refusal).as("expected a %s refusal", code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }

    /** Refused as {@code INVALID_FIELD}, naming exactly these fields. */
    public static DomainException refusedFields(ThrowingCallable call, String... fields) {
        DomainException refusal = refused(call, ErrorCode.INVALID_FIELD);
        assertThat(refusal.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
        return refusal;
    }
}
