package com.servelink.adapter.http.web.view;

/** One article as readers see it: the body already rendered to safe HTML by ArticleMarkdown. */
public record HelpArticleView(Chrome chrome, String title, String bodyHtml, String language, String category,
                              String updated, String status) {
}
