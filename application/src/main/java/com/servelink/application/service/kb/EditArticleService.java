package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleInput;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.EditArticleUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.domain.kb.Article;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;

/** Replaces an article's text, language and category; the article decides whether it may be edited. */
public final class EditArticleService implements EditArticleUseCase {
    private final ArticleRepository articles;
    private final Clock clock;

    public EditArticleService(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public ArticleView edit(EditArticleCommand command) {
        Article article = KbAccess.requireArticle(articles, command.actor(), command.id());
        if (command.version().isPresent() && command.version().get() != article.version()) {
            throw new DomainException(ErrorCode.CONFLICT, "article " + article.id() + " changed since version "
                    + command.version().get() + "; reload it");
        }
        ArticleInput input = command.input();
        article.edit(input.slug().orElse(article.slug()), input.title(), input.body(), input.language(),
                input.category(), clock.instant());
        articles.save(article);
        return new ArticleView(articles.findById(article.id()).orElse(article), true);
    }
}
