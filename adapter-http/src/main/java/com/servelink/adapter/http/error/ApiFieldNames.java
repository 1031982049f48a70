package com.servelink.adapter.http.error;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The API's names for the fields a refusal names. The domain and the application speak Java
 * (`resourceType`, `expiresInDays`); the API and the pages speak the JSON and form names of SPEC
 * (`resource_type`, `expires_in_days`). Names the adapter gave itself (already snake_case, dotted
 * paths such as {@code items[0].quantity}, headers such as {@code Idempotency-Key}) pass unchanged.
 */
public final class ApiFieldNames {
    /** A lower-camel-case Java name, possibly a dotted path of them. */
    private static final Pattern JAVA_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");
    private static final Pattern HUMP = Pattern.compile("(?<=[a-z0-9])([A-Z])");

    private ApiFieldNames() {
    }

    /** {@code resourceType} → {@code resource_type}; anything not a lower-camel Java name as it is. */
    public static String of(String field) {
        if (!JAVA_NAME.matcher(field).matches()) {
            return field;
        }
        return HUMP.matcher(field).replaceAll(m -> "_" + m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The refusal's field errors under their API names. */
    public static List<FieldError> errors(DomainException refusal) {
        return refusal.fieldErrors().stream().map(e -> new FieldError(of(e.field()), e.message())).toList();
    }

    /**
     * The refusal's message with the leading field (as {@link DomainException#invalidField} writes
     * it, {@code field: message}) under its API name.
     */
    public static String detail(DomainException refusal) {
        String message = refusal.getMessage();
        if (refusal.fieldErrors().isEmpty()) {
            return message;
        }
        String field = refusal.fieldErrors().get(0).field();
        return message.startsWith(field + ": ") ? of(field) + message.substring(field.length()) : message;
    }
}
