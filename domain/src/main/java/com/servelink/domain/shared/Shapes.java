package com.servelink.domain.shared;

import java.util.function.IntPredicate;

/**
 * Shape checks of the identifiers every request reads (team slugs, prefixed ids, plan keys),
 * written as character loops: a regex allocates a {@code Matcher} per call, which made up a
 * quarter of the garbage of a limits request. Each caller documents its shape as the regex it
 * implements; a property test holds each check to that regex.
 */
public final class Shapes {
    public static final IntPredicate LOWER = c -> c >= 'a' && c <= 'z';
    public static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';
    public static final IntPredicate ALNUM = LOWER.or(DIGIT).or(c -> c >= 'A' && c <= 'Z');

    private Shapes() {
    }

    /**
     * Whether {@code value}, from index {@code from}, is one {@code first} character then only
     * {@code rest} characters, {@code minLength} to {@code maxLength} characters in all.
     */
    public static boolean matches(String value, int from, int minLength, int maxLength, IntPredicate first,
                                  IntPredicate rest) {
        if (value == null) {
            return false;
        }
        int length = value.length() - from;
        if (length < minLength || length > maxLength || !first.test(value.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < value.length(); i++) {
            if (!rest.test(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
