package com.servelink.application.service.kb;

import com.servelink.application.inmemory.InMemoryArticleRepository;
import com.servelink.application.inmemory.InMemoryTicketRepository;
import com.servelink.application.inmemory.InMemoryTransactions;
import com.servelink.application.service.identity.RandomIdSource;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.kb.Article;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.ArticleSlug;
import com.servelink.domain.kb.ArticleStatus;
import com.servelink.domain.kb.faq.FaqCorpus;
import com.servelink.domain.kb.faq.SolvedTicket;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The job on the fixed corpus, stored as tickets with messages as the application writes them. */
class ProposeFaqDraftsServiceTest {
    private static final String NOTE = "internal: customer is on a payment plan, card ending 4242";
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    private final AtomicInteger sequence = new AtomicInteger();

    private ProposeFaqDraftsService job(Instant now) {
        return new ProposeFaqDraftsService(tickets, articles, new InMemoryTransactions(), new RandomIdSource(),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Each corpus ticket opened an hour before its resolution, answered, noted, resolved. */
    private void store(List<SolvedTicket> corpus) {
        for (SolvedTicket solved : corpus) {
            Instant opened = solved.resolvedAt().minus(Duration.ofHours(1));
            Ticket ticket = Ticket.open(solved.id(), new TeamId("team_faq"), new UserId(1), solved.subject(),
                    solved.description(), solved.category(), null, false, opened);
            tickets.save(ticket);
            tickets.addMessage(ticket.descriptionMessage(nextMessage()));
            tickets.addMessage(ticket.addInternalNote(nextMessage(), new UserId(2), NOTE, opened.plusSeconds(60)));
            int minute = 2;
            for (String reply : solved.supportReplies()) {
                tickets.addMessage(ticket.replyAsStaff(nextMessage(), new UserId(2), reply, opened.plusSeconds(60L * minute++)));
            }
            ticket.resolve(solved.resolvedAt());
            tickets.save(ticket);
        }
    }

    private MessageId nextMessage() {
        return MessageId.fromOpaque("m" + sequence.incrementAndGet());
    }

    private List<Article> all() {
        List<Article> all = new ArrayList<>();
        articles.forEach(all::add);
        return all;
    }

    @Test
    void the_corpus_gives_five_drafts_never_published_that_name_their_tickets_and_carry_no_note() {
        store(FaqCorpus.solvedTickets());

        assertThat(job(FaqCorpus.NOW).proposeDrafts()).isEqualTo(5);

        List<Article> drafts = all();
        assertThat(drafts).hasSize(5).allSatisfy(draft -> {
            assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(draft.author()).isEqualTo("propose_faq_drafts");
            assertThat(draft.sourceTickets()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(draft.body()).doesNotContain("4242").doesNotContain("internal:");
            assertThat(draft.createdAt()).isEqualTo(FaqCorpus.NOW);
        });
        Set<TicketId> sources = new HashSet<>();
        drafts.forEach(draft -> assertThat(sources.addAll(draft.sourceTickets())).isTrue());
        assertThat(sources).hasSize(45 + 40 + 35 + 25 + 20);
        assertThat(drafts).extracting(Article::language).contains(Language.FR, Language.EN);
    }

    @Test
    void a_second_run_writes_nothing_and_a_run_later_than_ninety_days_reads_nothing() {
        store(FaqCorpus.solvedTickets());
        assertThat(job(FaqCorpus.NOW).proposeDrafts()).isEqualTo(5);

        assertThat(job(FaqCorpus.NOW.plus(Duration.ofDays(1))).proposeDrafts()).isZero();
        assertThat(all()).hasSize(5);
        InMemoryArticleRepository fresh = new InMemoryArticleRepository();
        assertThat(new ProposeFaqDraftsService(tickets, fresh, new InMemoryTransactions(), new RandomIdSource(),
                Clock.fixed(FaqCorpus.NOW.plus(Duration.ofDays(200)), ZoneOffset.UTC)).proposeDrafts()).isZero();
    }

    @Test
    void a_topic_a_published_article_covers_gets_no_draft_and_a_taken_slug_gets_a_suffix() {
        store(FaqCorpus.solvedTickets());
        Instant before = FaqCorpus.NOW.minus(Duration.ofDays(400));
        Article dns = Article.draft(new ArticleId("art_dns"), new ArticleSlug("domaine-personnalise"),
                "Configurer un domaine personnalisé", "L'enregistrement DNS CNAME du domaine doit pointer vers "
                        + "edge.servelink.eu ; la propagation DNS prend jusqu'à 24 h.", Language.FR,
                TicketCategory.TECHNICAL, "staff@servelink.test", before);
        dns.publish(before);
        articles.save(dns);
        job(FaqCorpus.NOW).proposeDrafts();
        Set<TicketId> dnsTickets = FaqCorpus.tickets().stream().filter(labelled -> labelled.topic() == 0)
                .map(labelled -> labelled.ticket().id()).collect(java.util.stream.Collectors.toSet());
        assertThat(all()).filteredOn(article -> article.author().equals(ProposeFaqDraftsService.AUTHOR)).hasSize(4)
                .allSatisfy(draft -> assertThat(draft.sourceTickets()).doesNotContainAnyElementsOf(dnsTickets));

        // a staff article already has the slug a draft would take
        InMemoryArticleRepository taken = new InMemoryArticleRepository();
        Article first = all().stream().filter(article -> article.author().equals("propose_faq_drafts"))
                .findFirst().orElseThrow();
        taken.save(Article.draft(new ArticleId("art_taken"), first.slug(), "Another", "Body", Language.EN,
                TicketCategory.OTHER, "staff@servelink.test", before));
        new ProposeFaqDraftsService(tickets, taken, new InMemoryTransactions(), new RandomIdSource(),
                Clock.fixed(FaqCorpus.NOW, ZoneOffset.UTC)).proposeDrafts();
        assertThat(taken.findBySlug(new ArticleSlug(first.slug().value() + "-2")))
                .hasValueSatisfying(article -> assertThat(article.title()).isEqualTo(first.title()));
    }
}
