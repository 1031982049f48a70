package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleHit;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.SearchArticlesUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.port.out.ArticleRepository.Match;

import java.util.List;

/** Searches the published articles with every word of the query and cuts each hit's excerpt. */
public final class SearchArticlesService implements SearchArticlesUseCase {
    private final ArticleRepository articles;

    public SearchArticlesService(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<ArticleHit> search(SearchArticlesQuery query) {
        boolean staff = KbAccess.requireReader(query.actor());
        return articles.searchPublished(query.text(), query.language(), Match.ALL, query.limit()).stream()
                .map(hit -> new ArticleHit(new ArticleView(hit.article(), staff),
                        Excerpts.of(hit.article().body(), query.text())))
                .toList();
    }
}
