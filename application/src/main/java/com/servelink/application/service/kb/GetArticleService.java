package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.GetArticleUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.kb.Article;
import com.servelink.domain.shared.DomainException;

/** An article by slug: customers never learn that an unpublished one exists. */
public final class GetArticleService implements GetArticleUseCase {
    private final ArticleRepository articles;

    public GetArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public ArticleView get(GetArticleQuery query) {
        boolean staff = KbAccess.requireReader(query.actor());
        Article article = articles.findBySlug(query.slug()).filter(a -> staff || a.isPublished())
                .orElseThrow(() -> DomainException.notFound("article " + query.slug()));
        return new ArticleView(article, staff);
    }
}
