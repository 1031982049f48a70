package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleHit;
import com.servelink.application.port.in.kb.ArticleView;
import com.servelink.application.port.in.kb.SuggestArticlesUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.port.out.ArticleRepository.Match;

import java.util.List;
import java.util.Optional;

/** Suggests published articles for a ticket being written: any of its words, the subject's first. */
public final class SuggestArticlesService implements SuggestArticlesUseCase {
    private final ArticleRepository articles;

    public SuggestArticlesService(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<ArticleHit> suggest(SuggestArticlesQuery query) {
        boolean staff = KbAccess.requireReader(query.actor());
        String description = query.description();
        if (description.length() > DESCRIPTION_USED) {
            int cut = description.lastIndexOf(' ', DESCRIPTION_USED);
            description = description.substring(0, cut > 0 ? cut : DESCRIPTION_USED);
        }
        String text = (query.subject() + " " + description).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return articles.searchPublished(text, Optional.empty(), Match.ANY, LIMIT).stream()
                .map(hit -> new ArticleHit(new ArticleView(hit.article(), staff), Excerpts.of(hit.article().body(), text)))
                .toList();
    }
}
