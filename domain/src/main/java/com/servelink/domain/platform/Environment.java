package com.servelink.domain.platform;

import com.servelink.domain.shared.DomainException;

import java.util.regex.Pattern;

/** Where a deployment runs ({@code production}, {@code preview}, …): 1–40 characters of {@code a-z 0-9 -}. */
public record Environment(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{1,40}");

    public Environment {
        if (!isValid(value)) {
            throw DomainException.invalidField("environment", "must be 1 to 40 characters of a-z, 0-9 and -");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
