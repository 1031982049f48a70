package com.servelink.domain.kb.faq;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FaqDraftsTest {
    private static final List<FaqCorpus.Labelled> CORPUS = FaqCorpus.tickets();
    private static final Map<TicketId, Integer> TOPIC = CORPUS.stream()
            .collect(Collectors.toMap(labelled -> labelled.ticket().id(), FaqCorpus.Labelled::topic));

    @Test
    void the_corpus_topics_of_three_tickets_or_more_get_one_draft_each_and_noise_none() {
        List<FaqDraft> drafts = FaqDrafts.propose(FaqCorpus.solvedTickets(), List.of(), tickets -> false);

        assertThat(drafts).hasSize(5);
        Set<Integer> topics = new HashSet<>();
        for (FaqDraft draft : drafts) {
            Map<Integer, Long> byTopic = draft.tickets().stream()
                    .collect(Collectors.groupingBy(TOPIC::get, Collectors.counting()));
            int topic = byTopic.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(topic).as("a draft about a real topic").isNotEqualTo(FaqCorpus.NOISE);
            assertThat(byTopic).as("draft %s holds one topic only", draft.title()).hasSize(1);
            assertThat(draft.tickets()).as("draft %s gathers its topic", draft.title())
                    .hasSizeGreaterThanOrEqualTo((int) Math.ceil(FaqCorpus.TOPIC_SIZES.get(topic) * 0.9));
            topics.add(topic);
        }
        assertThat(topics).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void the_grouping_measures_on_the_corpus() {
        List<SolvedTicket> ordered = FaqCorpus.solvedTickets().stream()
                .sorted(java.util.Comparator.comparing(SolvedTicket::resolvedAt)
                        .thenComparing(ticket -> ticket.id().value())).toList();
        TfIdf space = new TfIdf(ordered.stream().map(SolvedTicket::terms).toList());
        int[] topicOf = ordered.stream().mapToInt(ticket -> TOPIC.get(ticket.id())).toArray();
        GroupingQuality quality = GroupingQuality.of(
                SimilarityGroups.of(ordered.size(), space, FaqDrafts.GROUP_THRESHOLD, 2), topicOf);
        System.out.println("TF-IDF cosine, threshold " + FaqDrafts.GROUP_THRESHOLD + ": " + quality);
        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void a_draft_reads_as_an_article_in_the_customers_language() {
        List<FaqDraft> drafts = FaqDrafts.propose(FaqCorpus.solvedTickets(), List.of(), tickets -> false);
        Function<Integer, FaqDraft> draftOf = topic -> drafts.stream()
                .filter(draft -> TOPIC.get(draft.tickets().get(0)) == topic).findFirst().orElseThrow();

        FaqDraft dns = draftOf.apply(0);
        assertThat(dns.language()).isEqualTo(Language.FR);
        assertThat(dns.category()).isEqualTo(TicketCategory.TECHNICAL);
        assertThat(dns.title()).containsIgnoringCase("domaine");
        assertThat(dns.body()).startsWith("## Question\n\n").contains("## Réponse").contains("edge.servelink.eu");
        FaqDraft certificates = draftOf.apply(1);
        assertThat(certificates.language()).isEqualTo(Language.EN);
        assertThat(certificates.body()).contains("## Answer").contains("ACME");
        assertThat(draftOf.apply(3).category()).isEqualTo(TicketCategory.BILLING);
        // the replies that resolved the tickets, not the "we are looking into it" before them
        assertThat(drafts).allSatisfy(draft -> assertThat(draft.body())
                .doesNotContain("We are looking into it").doesNotContain("Nous regardons"));
    }

    @Test
    void no_personal_data_reaches_a_draft() {
        List<FaqDraft> drafts = FaqDrafts.propose(FaqCorpus.solvedTickets(), List.of(), tickets -> false);
        // the generator did put personal data in the grouped tickets' words
        assertThat(CORPUS.stream().filter(labelled -> labelled.topic() >= 0 && labelled.topic() < 5)
                .map(labelled -> labelled.ticket().description() + labelled.ticket().supportReplies())
                .filter(text -> FaqCorpus.PERSONAL_DATA.stream().anyMatch(text::contains))).hasSizeGreaterThan(20);
        for (FaqDraft draft : drafts) {
            for (String secret : FaqCorpus.PERSONAL_DATA) {
                assertThat(draft.title() + draft.body()).doesNotContain(secret);
            }
            assertThat(draft.body()).doesNotContain("hunter2").doesNotContain("@example").doesNotContain("abc123");
        }
    }

    @Test
    void a_group_already_proposed_or_already_answered_by_an_article_gets_no_draft() {
        List<SolvedTicket> tickets = FaqCorpus.solvedTickets();
        List<FaqDraft> first = FaqDrafts.propose(tickets, List.of(), ids -> false);
        Set<TicketId> proposed = first.stream().flatMap(draft -> draft.tickets().stream()).collect(Collectors.toSet());

        assertThat(FaqDrafts.propose(tickets, List.of(), ids -> ids.stream().anyMatch(proposed::contains))).isEmpty();

        FaqDraft dns = first.stream().filter(draft -> TOPIC.get(draft.tickets().get(0)) == 0).findFirst().orElseThrow();
        List<FaqDraft> withArticle = FaqDrafts.propose(tickets,
                List.of("Configurer un domaine personnalisé : l'enregistrement DNS CNAME doit pointer vers "
                        + "edge.servelink.eu ; la propagation DNS du domaine prend jusqu'à 24 h."), ids -> false);
        assertThat(withArticle).hasSize(4).noneMatch(draft -> draft.tickets().equals(dns.tickets()));
    }

    @Test
    void fewer_than_three_alike_tickets_make_no_draft() {
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        List<SolvedTicket> two = List.of(
                new SolvedTicket(new TicketId("ticket_a"), TicketCategory.TECHNICAL, "Cron job runs twice",
                        "Our cron job runs twice every night", List.of("Use one schedule."), at),
                new SolvedTicket(new TicketId("ticket_b"), TicketCategory.TECHNICAL, "Cron job runs twice a night",
                        "The cron job runs twice", List.of("Use one schedule."), at.plusSeconds(1)));
        assertThat(FaqDrafts.propose(two, List.of(), ids -> false)).isEmpty();
        assertThat(FaqDrafts.propose(List.of(), List.of(), ids -> false)).isEmpty();
    }
}
