package com.servelink.domain.kb.faq;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.SearchText;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes FAQ drafts from solved tickets: groups them by TF-IDF cosine similarity
 * ({@link SimilarityGroups}, decision 236), keeps the groups of at least {@link #MIN_TICKETS}
 * that no existing article already covers, and writes each as a draft: the title is the subject
 * of the group's most typical ticket, the question the customers' own words, the answer the
 * public support replies that resolved them. Everything a customer or an agent wrote passes
 * through {@link PersonalData} first. Pure: the job supplies the tickets and the articles.
 */
public final class FaqDrafts {
    public static final int MIN_TICKETS = 3;
    /** Mean cosine similarity a ticket needs to join a group (measured on the test corpus, decision 236). */
    public static final double GROUP_THRESHOLD = 0.14;
    /** A group whose terms are this alike an existing article's is already answered. */
    public static final double COVERED_THRESHOLD = 0.35;
    private static final int OTHER_PHRASINGS = 5;
    private static final int ANSWERS = 3;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private FaqDrafts() {
    }

    /**
     * The drafts for {@code tickets}, biggest group first. {@code articles} are the existing
     * articles' texts (title and body, any status); {@code alreadyProposed} says whether a ticket
     * already went into an article, so a group is never proposed twice.
     */
    public static List<FaqDraft> propose(List<SolvedTicket> tickets, List<String> articles,
                                         Predicate<List<TicketId>> alreadyProposed) {
        List<SolvedTicket> ordered = tickets.stream()
                .sorted(Comparator.comparing(SolvedTicket::resolvedAt).thenComparing(t -> t.id().value()))
                .toList();
        TfIdf space = new TfIdf(ordered.stream().map(SolvedTicket::terms).toList());
        List<Map<String, Double>> covered = articles.stream()
                .map(text -> space.vectorOf(Terms.of(text))).toList();
        List<FaqDraft> drafts = new ArrayList<>();
        for (List<Integer> group : SimilarityGroups.of(ordered.size(), space, GROUP_THRESHOLD, MIN_TICKETS)) {
            List<SolvedTicket> members = group.stream().map(ordered::get).toList();
            List<TicketId> ids = members.stream().map(SolvedTicket::id).toList();
            Map<String, Double> centroid = centroid(group, space);
            boolean answered = covered.stream().anyMatch(article -> TfIdf.cosine(centroid, article) >= COVERED_THRESHOLD);
            if (!answered && !alreadyProposed.test(ids)) {
                drafts.add(write(members, typical(group, space, members)));
            }
        }
        return drafts;
    }

    private static Map<String, Double> centroid(List<Integer> group, TfIdf space) {
        Map<String, Double> sum = new LinkedHashMap<>();
        for (int member : group) {
            space.vector(member).forEach((term, weight) -> sum.merge(term, weight, Double::sum));
        }
        double norm = Math.sqrt(sum.values().stream().mapToDouble(w -> w * w).sum());
        sum.replaceAll((term, weight) -> weight / norm);
        return sum;
    }

    /**
     * The position in {@code group} of the member most alike the others on average, among those
     * whose words carry no personal data when there are some (its words become the question).
     */
    private static int typical(List<Integer> group, TfIdf space, List<SolvedTicket> members) {
        boolean anyClean = members.stream().anyMatch(FaqDrafts::isClean);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < group.size(); i++) {
            if (anyClean && !isClean(members.get(i))) {
                continue;
            }
            double score = 0;
            for (int other : group) {
                score += space.between(group.get(i), other);
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isClean(SolvedTicket ticket) {
        return PersonalData.isClean(ticket.subject()) && PersonalData.isClean(ticket.description());
    }

    private static FaqDraft write(List<SolvedTicket> members, int typicalIndex) {
        SolvedTicket typical = members.get(typicalIndex);
        Language language = languageOf(members);
        boolean french = language == Language.FR;
        String title = oneLine(PersonalData.scrub(typical.subject()));
        StringBuilder body = new StringBuilder();
        body.append("## Question\n\n")
                .append(PersonalData.scrub(typical.description()).strip()).append("\n\n");
        Set<String> phrasings = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>(Set.of(SearchText.fold(title)));
        for (SolvedTicket member : members) {
            String subject = oneLine(PersonalData.scrub(member.subject()));
            if (seen.add(SearchText.fold(subject)) && phrasings.size() < OTHER_PHRASINGS) {
                phrasings.add(subject);
            }
        }
        if (!phrasings.isEmpty()) {
            body.append(french ? "Aussi demandé ainsi :" : "Also asked as:").append("\n\n");
            phrasings.forEach(subject -> body.append("- ").append(subject).append('\n'));
            body.append('\n');
        }
        body.append("## ").append(french ? "Réponse" : "Answer").append("\n\n");
        List<String> answers = answers(members);
        if (answers.isEmpty()) {
            body.append(french ? "_Aucune réponse publique : à rédiger._" : "_No public reply: to be written._")
                    .append("\n");
        }
        for (int i = 0; i < answers.size(); i++) {
            body.append(i == 0 ? "" : "\n---\n\n").append(answers.get(i).strip()).append('\n');
        }
        return new FaqDraft(title, BLANK_LINES.matcher(body.toString()).replaceAll("\n\n"), language,
                categoryOf(members), members.stream().map(SolvedTicket::id).toList());
    }

    /**
     * The replies that resolved the tickets: each ticket's last public support reply, the most
     * frequent first (folded text counts as the same reply, and so does a reply that contains
     * one already chosen), at most {@link #ANSWERS}.
     */
    private static List<String> answers(List<SolvedTicket> members) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SolvedTicket member : members) {
            if (member.supportReplies().isEmpty()) {
                continue;
            }
            String reply = PersonalData.scrub(member.supportReplies().get(member.supportReplies().size() - 1));
            String key = SearchText.fold(reply).strip();
            byFolded.putIfAbsent(key, reply);
            counts.merge(key, 1, Integer::sum);
        }
        List<String> chosen = new ArrayList<>();
        List<String> chosenFolded = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(entry -> {
            String key = entry.getKey();
            // "Hello (copy to …), <a reply already chosen>" is that reply again
            boolean repeats = chosenFolded.stream().anyMatch(other -> key.contains(other) || other.contains(key));
            if (!repeats && chosen.size() < ANSWERS) {
                chosen.add(byFolded.get(key));
                chosenFolded.add(key);
            }
        });
        return chosen;
    }

    private static TicketCategory categoryOf(List<SolvedTicket> members) {
        Map<TicketCategory, Integer> counts = new EnumMap<>(TicketCategory.class);
        members.forEach(member -> counts.merge(member.category(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<TicketCategory, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(TicketCategory.DEFAULT);
    }

    /** French unless the customers' words hold more English function words than French ones. */
    static Language languageOf(List<SolvedTicket> members) {
        int french = 0;
        int english = 0;
        for (SolvedTicket member : members) {
            for (String word : SearchText.fold(member.subject() + " " + member.description()).split("[^\\p{L}]+")) {
                if (Terms.isFrenchFunctionWord(word)) {
                    french++;
                } else if (Terms.isEnglishFunctionWord(word)) {
                    english++;
                }
            }
        }
        return english > french ? Language.EN : Language.FR;
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 199).strip() + "…" : line;
    }
}
