package com.servelink.application.service.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.kb.RecordSuggestionOpeningUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.port.out.SuggestionOpenings;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.DeflectionFigures;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Records a customer's opening of a suggested, published article, once per window. */
public final class RecordSuggestionOpeningService implements RecordSuggestionOpeningUseCase {
    private final ArticleRepository articles;
    private final SuggestionOpenings openings;
    private final Clock clock;

    public RecordSuggestionOpeningService(ArticleRepository articles, SuggestionOpenings openings, Clock clock) {
        this.articles = articles;
        this.openings = openings;
        this.clock = clock;
    }

    @Override
    public boolean record(RecordSuggestionOpeningCommand command) {
        if (!(command.actor() instanceof Actor.TeamUser user)) {
            return false;
        }
        Optional<Article> article = articles.findBySlug(command.slug()).filter(Article::isPublished);
        if (article.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        return openings.record(user.userId(), article.get().id(), now, now.plus(DeflectionFigures.WINDOW));
    }
}
