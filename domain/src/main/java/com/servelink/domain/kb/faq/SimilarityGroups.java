package com.servelink.domain.kb.faq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the documents of a collection by similarity, with any {@link Similarity}: one pass in
 * the documents' order puts each in the group it is most alike on average (at least the
 * threshold), or starts a group; a second pass moves each document to the group it is then most
 * alike, so the first documents are not stuck with the groups that existed when they were seen.
 * Average similarity to the members (not to one member) keeps a group from chaining through
 * loosely related documents. Quadratic in the documents: the FAQ job groups a quarter's solved
 * tickets once a week. Only groups of at least {@code minSize} are returned, biggest first, each
 * listing its documents in order.
 */
public final class SimilarityGroups {
    private SimilarityGroups() {
    }

    public static List<List<Integer>> of(int documents, Similarity similarity, double threshold, int minSize) {
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[documents];
        for (int document = 0; document < documents; document++) {
            int best = closest(document, groups, similarity, threshold, -1);
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(document)));
                groupOf[document] = groups.size() - 1;
            } else {
                groups.get(best).add(document);
                groupOf[document] = best;
            }
        }
        List<List<Integer>> settled = new ArrayList<>();
        groups.forEach(group -> settled.add(new ArrayList<>()));
        for (int document = 0; document < documents; document++) {
            int best = closest(document, groups, similarity, threshold, document);
            settled.get(best < 0 ? groupOf[document] : best).add(document);
        }
        return settled.stream().filter(group -> group.size() >= minSize)
                .sorted(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                        .thenComparing(group -> group.get(0)))
                .toList();
    }

    /** The group {@code document} is most alike on average (itself left out), or -1 when none reaches the threshold. */
    private static int closest(int document, List<List<Integer>> groups, Similarity similarity, double threshold,
                               int leaveOut) {
        int best = -1;
        double bestScore = threshold;
        for (int g = 0; g < groups.size(); g++) {
            double sum = 0;
            int count = 0;
            for (int member : groups.get(g)) {
                if (member != leaveOut) {
                    sum += similarity.between(document, member);
                    count++;
                }
            }
            if (count > 0 && sum / count >= bestScore) {
                if (sum / count > bestScore || best < 0) {
                    best = g;
                    bestScore = sum / count;
                }
            }
        }
        return best;
    }
}
