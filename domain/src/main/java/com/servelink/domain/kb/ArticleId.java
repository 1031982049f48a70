package com.servelink.domain.kb;

import com.servelink.domain.shared.PrefixedIds;

/** A help-centre article's identifier, {@code art_…}; the slug is what readers see. */
public record ArticleId(String value) {
    public static final String PREFIX = "art_";

    public ArticleId {
        PrefixedIds.require(value, PREFIX, "articleId");
    }

    public static ArticleId fromOpaque(String opaque) {
        return new ArticleId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
