package com.servelink.domain.catalog;

import java.util.Locale;

/** The languages display texts exist in; French is the default and the fallback. */
public enum Language {
    FR, EN;

    public static final Language DEFAULT = FR;

    /**
     * Picks the first supported language of an {@code Accept-Language}-style list
     * ("en-GB,en;q=0.9,fr;q=0.8"), ignoring weights beyond their order; French when none matches.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        for (String part : header.split(",")) {
            int weight = part.indexOf(';');
            String tag = (weight < 0 ? part : part.substring(0, weight)).trim().toLowerCase(Locale.ROOT);
            int dash = tag.indexOf('-');
            String primary = dash < 0 ? tag : tag.substring(0, dash);
            for (Language language : values()) {
                if (language.name().toLowerCase(Locale.ROOT).equals(primary)) {
                    return language;
                }
            }
        }
        return DEFAULT;
    }
}
