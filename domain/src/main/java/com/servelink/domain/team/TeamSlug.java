package com.servelink.domain.team;

import com.servelink.domain.shared.DomainException;

import java.util.regex.Pattern;

/** The name a team is addressed by in URLs: 3–40 of {@code a-z 0-9 -}, starting with a letter. */
public record TeamSlug(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{2,39}");

    public TeamSlug {
        if (!isValid(value)) {
            throw DomainException.invalidField("slug",
                    "must be 3 to 40 characters of a-z, 0-9 and -, starting with a letter");
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
