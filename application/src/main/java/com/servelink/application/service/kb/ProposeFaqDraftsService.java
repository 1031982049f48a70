package com.servelink.application.service.kb;

import com.servelink.application.port.in.admin.JobNames;
import com.servelink.application.port.in.kb.ProposeFaqDraftsUseCase;
import com.servelink.application.port.out.ArticleRepository;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.faq.FaqDraft;
import com.servelink.domain.kb.faq.FaqDrafts;
import com.servelink.domain.kb.faq.SolvedTicket;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a quarter of solved tickets and the existing articles, lets {@link FaqDrafts} write the
 * drafts, and stores each in a transaction of its own. The check that no article came from the
 * group's tickets is made again inside that transaction, so a run after another, or after a
 * crash, writes no draft twice; two runs that overlap meet the store's uniqueness of a source
 * ticket (V21), and the one that loses counts no draft.
 */
public final class ProposeFaqDraftsService implements ProposeFaqDraftsUseCase {
    /** The author of the job's drafts, as staff see it in the editor. */
    public static final String AUTHOR = JobNames.PROPOSE_FAQ_DRAFTS;
    /** At most this many tickets are grouped per run (the latest): grouping is quadratic. */
    static final int MAX_TICKETS = 5_000;
    private static final int SLUG_ATTEMPTS = 50;

    private final TicketRepository tickets;
    private final ArticleRepository articles;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;

    public ProposeFaqDraftsService(TicketRepository tickets, ArticleRepository articles, Transactions transactions,
                                   IdSource ids, Clock clock) {
        this.tickets = tickets;
        this.articles = articles;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public int proposeDrafts() {
        Instant now = clock.instant();
        List<SolvedTicket> solved = tickets.findSolvedSince(now.minus(WINDOW), MAX_TICKETS);
        List<String> covered = new ArrayList<>();
        articles.forEach(article -> covered.add(article.title() + "\n" + article.body()));
        int written = 0;
        for (FaqDraft draft : FaqDrafts.propose(solved, covered, articles::anyProposedFrom)) {
            try {
                written += transactions.inTransaction(() -> store(draft, now));
            } catch (DomainException e) {
                if (e.code() != ErrorCode.CONFLICT) {
                    throw e;
                }
                // an overlapping run stored a draft of these tickets (or took the slug) first
            }
        }
        return written;
    }

    private int store(FaqDraft draft, Instant now) {
        if (articles.anyProposedFrom(draft.tickets())) {
            return 0;
        }
        ArticleId id = ArticleId.fromOpaque(ids.nextOpaqueId());
        articles.save(Article.proposedFrom(draft.tickets(), id, freeSlug(draft.title(), id), draft.title(),
                draft.body(), draft.language(), draft.category(), AUTHOR, now));
        return 1;
    }

    /** The title's slug, or the first of {@code slug-2}, {@code slug-3}… no article has. */
    private ArticleSlug freeSlug(String title, ArticleId id) {
        ArticleSlug base = ArticleSlug.fromTitle(title, "faq-" + id.value().substring(ArticleId.PREFIX.length())
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        ArticleSlug slug = base;
        for (int n = 2; articles.findBySlug(slug).isPresent(); n++) {
            if (n > SLUG_ATTEMPTS) {
                throw new IllegalStateException("no free slug for " + base + " after " + SLUG_ATTEMPTS + " tries");
            }
            slug = base.withSuffix(n);
        }
        return slug;
    }
}
