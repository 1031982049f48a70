package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticlePage;
import com.servelink.application.port.in.kb.ListPublishedArticlesUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.port.out.ArticleRepository.ArticleFilter;

/** The published articles, for anyone signed in; staff reading them here see the staff's view. */
public final class ListPublishedArticlesService implements ListPublishedArticlesUseCase {
    private final ArticleRepository articles;

    public ListPublishedArticlesService(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public ArticlePage list(ListPublishedArticlesQuery query) {
        boolean staff = KbAccess.requireReader(query.actor());
        return ListArticlesService.page(articles, ArticleFilter.published(query.language(), query.category()),
                query.cursor(), query.limit(), staff);
    }
}
