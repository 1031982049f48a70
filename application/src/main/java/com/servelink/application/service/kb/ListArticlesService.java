package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticlePage;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.ListArticlesUseCase;
import com.servelink.application.port.out.ArticleCursor;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.port.out.ArticleRepository.ArticleFilter;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.kb.Article;

import java.util.List;
import java.util.Optional;

/** The staff's list of articles, keyset-paginated as the tickets are: one extra row tells if a next page exists. */
public final class ListArticlesService implements ListArticlesUseCase {
    private final ArticleRepository articles;

    public ListArticlesService(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public ArticlePage list(ListArticlesQuery query) {
        TeamAccess.requireStaff(query.actor());
        return page(articles, new ArticleFilter(query.status(), query.language(), query.category()), query.cursor(),
                query.limit(), true);
    }

    static ArticlePage page(ArticleRepository articles, ArticleFilter filter, Optional<String> cursor, int limit,
                            boolean forStaff) {
        Optional<ArticleCursor> after = cursor.map(ArticleCursor::decode);
        List<Article> found = articles.findPage(filter, after, limit + 1);
        boolean more = found.size() > limit;
        List<Article> page = more ? found.subList(0, limit) : found;
        Optional<String> next = more ? Optional.of(new ArticleCursor(page.get(page.size() - 1).createdAt(),
                page.get(page.size() - 1).id()).encode()) : Optional.empty();
        return new ArticlePage(page.stream().map(article -> new ArticleView(article, forStaff)).toList(), next);
    }
}
