package com.servelink.application.port.in.kb;

import java.util.List;
import java.util.Optional;

/** A page of articles, newest first, and the cursor of the next page when there is one. */
public record ArticlePage(List<ArticleView> articles, Optional<String> nextCursor) {
    public ArticlePage {
        articles = List.copyOf(articles);
    }
}
