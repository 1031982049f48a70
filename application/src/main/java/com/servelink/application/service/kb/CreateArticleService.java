package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleInput;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.CreateArticleUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;

/** Writes a staff member's new draft; a slug made from the title takes the first free {@code -n} suffix. */
public final class CreateArticleService implements CreateArticleUseCase {
    /** Suffixes tried for a slug made from a title before asking staff for one. */
    static final int SLUG_ATTEMPTS = 50;

    private final ArticleRepository articles;
    private final IdSource ids;
    private final Clock clock;

    public CreateArticleService(ArticleRepository articles, IdSource ids, Clock clock) {
        this.articles = articles;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ArticleView create(CreateArticleCommand command) {
        var staff = TeamAccess.requireStaff(command.actor());
        ArticleInput input = command.input();
        String opaque = ids.nextOpaqueId();
        ArticleSlug slug = input.slug().orElseGet(() -> freeSlug(ArticleSlug.fromTitle(input.title(),
                "article-" + opaque.toLowerCase(java.util.Locale.ROOT))));
        Article article = Article.draft(ArticleId.fromOpaque(opaque), slug, input.title(), input.body(),
                input.language(), input.category(), staff.email(), clock.instant());
        articles.save(article);
        return new ArticleView(articles.findById(article.id()).orElse(article), true);
    }

    private ArticleSlug freeSlug(ArticleSlug base) {
        if (articles.findBySlug(base).isEmpty()) {
            return base;
        }
        for (int n = 2; n <= SLUG_ATTEMPTS; n++) {
            ArticleSlug candidate = base.withSuffix(n);
            if (articles.findBySlug(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new DomainException(ErrorCode.CONFLICT, "articles with the slug " + base + " exist; give a slug");
    }
}
