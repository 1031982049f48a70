package com.servelink.application.port.out;

import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.DeflectionFigures;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Optional;

/** The suggested articles customers opened from the new-ticket form, for the deflection rate. */
public interface SuggestionOpenings {
    /**
     * Records that {@code user} opened {@code article} from a suggestion at {@code openedAt}, its
     * window ending at {@code windowEndsAt}; nothing when the same user opened the same article and
     * that opening's window has not ended (a reload is one opening). Whether it recorded.
     */
    boolean record(UserId user, ArticleId article, Instant openedAt, Instant windowEndsAt);

    /**
     * The openings from {@code from} (inclusive) to {@code to} (exclusive), open bounds when
     * empty: how many, how many the same user followed by a ticket within the window, and how
     * many are still within their window without one at {@code now}.
     */
    DeflectionFigures count(Optional<Instant> from, Optional<Instant> to, Instant now);
}
