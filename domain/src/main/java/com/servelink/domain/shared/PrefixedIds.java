package com.servelink.domain.shared;

/**
 * Checks the shape of the prefixed identifiers the API exposes ({@code res_…}, {@code pm_…}):
 * a fixed prefix then 1 to 64 characters of {@code [A-Za-z0-9]}. Anything else (path traversal,
 * injection strings) is refused before it reaches a repository.
 */
public final class PrefixedIds {
    private PrefixedIds() {
    }

    public static String require(String value, String prefix, String field) {
        if (!isValid(value, prefix)) {
            throw DomainException.invalidField(field, "must look like " + prefix + "<letters and digits>");
        }
        return value;
    }

    public static boolean isValid(String value, String prefix) {
        return value != null && value.startsWith(prefix)
                && Shapes.matches(value, prefix.length(), 1, 64, Shapes.ALNUM, Shapes.ALNUM);
    }
}
