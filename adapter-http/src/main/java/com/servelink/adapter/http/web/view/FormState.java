package com.servelink.adapter.http.web.view;

import java.util.Map;

/**
 * A form as it is shown again after a refusal: the values the user typed and, per field, the
 * message the API's problem+json gives for it; {@code general} for a refusal of no one field.
 */
public record FormState(Map<String, String> values, Map<String, String> errors, String general) {
    public static final FormState EMPTY = new FormState(Map.of(), Map.of(), null);

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    /** Whether the form was refused (a field or the whole). */
    public boolean refused() {
        return !errors.isEmpty() || general != null;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String value(String field, String fallback) {
        return values.getOrDefault(field, fallback);
    }

    /** The message for a field, or null: JTE leaves out an element whose content is null. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** For {@code aria-describedby}: the error's element id, or null when the field is fine. */
    public String describedBy(String field) {
        return errors.containsKey(field) ? field + "-error" : null;
    }

    public boolean selected(String field, String value, String fallback) {
        return value.equals(values.getOrDefault(field, fallback));
    }
}
