package com.servelink.application.port.in.kb;

import com.servelink.domain.kb.Article;

import java.util.Objects;

/**
 * An article as its reader may see it: staff see the author and the tickets a proposed draft came
 * from ({@code forStaff}); customers see neither.
 */
public record ArticleView(Article article, boolean forStaff) {
    public ArticleView {
        Objects.requireNonNull(article, "article");
    }
}
