package com.servelink.domain.kb.faq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of a collection of documents (each a list of {@link Terms}), normalised so that
 * their dot product is the cosine similarity. A term's weight is its frequency in the document
 * times the smoothed inverse document frequency {@code ln((1 + n) / (1 + df)) + 1}: a word every
 * ticket uses weighs little, a word of one topic much. A document may also be compared with a
 * text outside the collection ({@link #vectorOf}), weighed with the collection's frequencies.
 */
public final class TfIdf implements Similarity {
    private final Map<String, Double> idf;
    private final List<Map<String, Double>> vectors;
    private final double unseenIdf;

    public TfIdf(List<List<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> document : documents) {
            document.stream().distinct().forEach(term -> df.merge(term, 1, Integer::sum));
        }
        int n = documents.size();
        this.idf = new HashMap<>();
        df.forEach((term, count) -> idf.put(term, Math.log((1.0 + n) / (1.0 + count)) + 1));
        this.unseenIdf = Math.log(1.0 + n) + 1;
        this.vectors = documents.stream().map(this::vectorOf).toList();
    }

    public int size() {
        return vectors.size();
    }

    /** The normalised vector of any list of terms, with this collection's document frequencies. */
    public Map<String, Double> vectorOf(List<String> terms) {
        Map<String, Double> vector = new HashMap<>();
        for (String term : terms) {
            vector.merge(term, idf.getOrDefault(term, unseenIdf), Double::sum);
        }
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            vector.replaceAll((term, weight) -> weight / norm);
        }
        return vector;
    }

    public Map<String, Double> vector(int document) {
        return vectors.get(document);
    }

    @Override
    public double between(int a, int b) {
        return cosine(vectors.get(a), vectors.get(b));
    }

    /** The cosine of two normalised vectors: their dot product. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double other = large.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        return dot;
    }
}
