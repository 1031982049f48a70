package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.ArchiveArticleUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.kb.Article;

import java.time.Clock;

/** Archives an article. */
public final class ArchiveArticleService implements ArchiveArticleUseCase {
    private final ArticleRepository articles;
    private final Clock clock;

    public ArchiveArticleService(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public ArticleView archive(ArchiveArticleCommand command) {
        Article article = KbAccess.requireArticle(articles, command.actor(), command.id());
        article.archive(clock.instant());
        articles.save(article);
        return new ArticleView(articles.findById(article.id()).orElse(article), true);
    }
}
