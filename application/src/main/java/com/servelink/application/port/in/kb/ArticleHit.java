package com.servelink.application.port.in.kb;

import java.util.List;
import java.util.Objects;

/**
 * A published article a search or a suggestion found, with a plain-text excerpt of its body and
 * where in the excerpt the query's words are; the excerpt carries no markup, so whoever shows
 * it escapes it and marks the ranges itself.
 */
public record ArticleHit(ArticleView view, Excerpt excerpt) {
    public ArticleHit {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** Text and the {@code [start, end)} ranges (UTF-16 indexes, as JavaScript counts) to highlight. */
    public record Excerpt(String text, List<Range> highlights) {
        public Excerpt {
            Objects.requireNonNull(text, "text");
            highlights = List.copyOf(highlights);
            for (Range range : highlights) {
                if (range.end() > text.length()) {
                    throw new IllegalArgumentException("a highlight past the excerpt's end");
                }
            }
        }
    }

    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("an empty or negative range");
            }
        }
    }
}
