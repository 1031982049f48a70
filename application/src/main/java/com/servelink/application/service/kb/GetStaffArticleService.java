package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.GetStaffArticleUseCase;
import com.servelink.application.port.out.ArticleRepository;

/** Any article by id, for staff. */
public final class GetStaffArticleService implements GetStaffArticleUseCase {
    private final ArticleRepository articles;

    public GetStaffArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public ArticleView get(GetStaffArticleQuery query) {
        return new ArticleView(KbAccess.requireArticle(articles, query.actor(), query.id()), true);
    }
}
