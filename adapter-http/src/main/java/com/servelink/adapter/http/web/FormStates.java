package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.ApiFieldNames;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused form shown again: the typed values and the refusal's messages, field by field as in problem+json. */
final class FormStates {
    private FormStates() {
    }

    static FormState refused(Map<String, String> values, DomainException refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : ApiFieldNames.errors(refusal)) {
            errors.putIfAbsent(error.field(), error.message());
        }
        return new FormState(values, errors, errors.isEmpty() ? ApiFieldNames.detail(refusal) : null);
    }

    /**
     * As {@link #refused(Map, DomainException)} for a form that shows only {@code shown} fields: a
     * refusal of another one (a stale page cursor, say) is shown above the form instead.
     */
    static FormState refused(Map<String, String> values, DomainException refusal, Collection<String> shown) {
        FormState state = refused(values, refusal);
        boolean elsewhere = ApiFieldNames.errors(refusal).stream().anyMatch(error -> !shown.contains(error.field()));
        return elsewhere ? new FormState(values, state.errors(), ApiFieldNames.detail(refusal)) : state;
    }

    static FormState values(Map<String, String> values) {
        return new FormState(values, Map.of(), null);
    }
}
