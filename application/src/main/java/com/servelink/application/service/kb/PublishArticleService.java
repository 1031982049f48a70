package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.PublishArticleUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.kb.Article;

import java.time.Clock;

/** Publishes an article; the status table refuses a second publication. */
public final class PublishArticleService implements PublishArticleUseCase {
    private final ArticleRepository articles;
    private final Clock clock;

    public PublishArticleService(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public ArticleView publish(PublishArticleCommand command) {
        Article article = KbAccess.requireArticle(articles, command.actor(), command.id());
        article.publish(clock.instant());
        articles.save(article);
        return new ArticleView(articles.findById(article.id()).orElse(article), true);
    }
}
