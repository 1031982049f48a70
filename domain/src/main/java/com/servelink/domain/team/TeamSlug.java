package com.servelink.domain.team;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.Shapes;

import java.util.function.IntPredicate;

/** The name a team is addressed by in URLs: 3–40 of {@code a-z 0-9 -}, starting with a letter. */
public record TeamSlug(String value) {
    /** The shape {@code [a-z][a-z0-9-]{2,39}}. */
    private static final IntPredicate REST = Shapes.LOWER.or(Shapes.DIGIT).or(c -> c == '-');

    public TeamSlug {
        if (!isValid(value)) {
            throw DomainException.invalidField("slug",
                    "must be 3 to 40 characters of a-z, 0-9 and -, starting with a letter");
        }
    }

    public static boolean isValid(String value) {
        return Shapes.matches(value, 0, 3, 40, Shapes.LOWER, REST);
    }

    @Override
    public String toString() {
        return value;
    }
}
