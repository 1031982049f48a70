package com.servelink.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folding rule of ticket search: case- and accent-insensitive, so "deploiement" finds
 * "Problème de déploiement". Databases implement the same rule; this is the reference.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code haystack} contains {@code needle} as a literal substring, folded. */
    public static boolean contains(String haystack, String needle) {
        return fold(haystack).contains(fold(needle));
    }
}
