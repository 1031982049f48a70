package com.servelink.domain.kb.faq;

import java.util.List;

/**
 * How well groups found the corpus's topics, counted over pairs of tickets: precision is the
 * share of pairs put together that share a topic, recall the share of same-topic pairs put
 * together (noise tickets share a topic with no one). F1 is their harmonic mean.
 */
public record GroupingQuality(double precision, double recall) {
    public static GroupingQuality of(List<List<Integer>> groups, int[] topicOf) {
        long together = 0;
        long togetherAndSame = 0;
        for (List<Integer> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    together++;
                    int topic = topicOf[group.get(i)];
                    if (topic != FaqCorpus.NOISE && topic == topicOf[group.get(j)]) {
                        togetherAndSame++;
                    }
                }
            }
        }
        long same = 0;
        for (int i = 0; i < topicOf.length; i++) {
            for (int j = i + 1; j < topicOf.length; j++) {
                if (topicOf[i] != FaqCorpus.NOISE && topicOf[i] == topicOf[j]) {
                    same++;
                }
            }
        }
        return new GroupingQuality(together == 0 ? 0 : (double) togetherAndSame / together,
                same == 0 ? 0 : (double) togetherAndSame / same);
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.3f recall %.3f F1 %.3f", precision, recall, f1());
    }
}
