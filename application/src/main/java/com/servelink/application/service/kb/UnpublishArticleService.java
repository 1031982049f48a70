package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.UnpublishArticleUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.kb.Article;

import java.time.Clock;

/** Takes an article back to a draft. */
public final class UnpublishArticleService implements UnpublishArticleUseCase {
    private final ArticleRepository articles;
    private final Clock clock;

    public UnpublishArticleService(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public ArticleView unpublish(UnpublishArticleCommand command) {
        Article article = KbAccess.requireArticle(articles, command.actor(), command.id());
        article.unpublish(clock.instant());
        articles.save(article);
        return new ArticleView(articles.findById(article.id()).orElse(article), true);
    }
}
