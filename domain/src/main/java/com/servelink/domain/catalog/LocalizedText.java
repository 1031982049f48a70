package com.servelink.domain.catalog;

import java.util.Objects;

/** A display text in French and English; a missing English text falls back to French. */
public record LocalizedText(String fr, String en) {
    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        if (fr.isBlank()) {
            throw new IllegalArgumentException("the French text is required");
        }
    }

    public String in(Language language) {
        return language == Language.EN && en != null && !en.isBlank() ? en : fr;
    }
}
