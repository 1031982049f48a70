package com.servelink.domain.kb;

import com.servelink.domain.shared.SearchText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of a help-centre query where no full-text engine does it (H2, the in-memory twin, the
 * highlighted excerpt): folded words, French and English stop words dropped, each cut to a light
 * stem so that "déploiements" and "deploying" find "déploiement" and "deploy" by substring.
 * PostgreSQL uses its own French and English stemmers instead (decision 222).
 */
public final class SearchTerms {
    /** More terms than this are ignored: a ticket description is matched by its first words. */
    public static final int MAX_TERMS = 24;
    private static final int MIN_STEM = 4;
    private static final List<String> SUFFIXES = List.of(
            "issements", "issement", "ements", "ement", "ments", "ment", "ations", "ation", "ings", "ing",
            "ers", "er", "es", "ed", "s", "e");
    private static final Set<String> STOP_WORDS = Set.copyOf(List.of(
            // French
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "en", "au", "aux", "ce", "ces", "cet",
            "cette", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
            "leur", "leurs", "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "est", "sont",
            "pas", "ne", "que", "qui", "quoi", "dans", "par", "pour", "sur", "avec", "sans", "plus", "tres",
            "mais", "donc", "comme", "se", "lui", "y", "a", "ai", "as", "avons", "avez", "ont", "suis",
            "etre", "avoir", "fait", "faire", "comment", "quand", "bonjour", "merci",
            // English
            "the", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "without", "is", "are",
            "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "my", "your", "our",
            "their", "i", "you", "we", "they", "he", "she", "not", "no", "do", "does", "did", "can", "cannot",
            "how", "what", "when", "why", "from", "as", "if", "but", "so", "me", "us", "have", "has", "had",
            "hello", "thanks", "please"));

    private SearchTerms() {
    }

    /** The distinct stems of {@code text}'s words, in the order they first appear, at most {@value #MAX_TERMS}. */
    public static List<String> of(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (word.length() < 2 || STOP_WORDS.contains(word)) {
                continue;
            }
            stems.add(stem(word));
            if (stems.size() == MAX_TERMS) {
                break;
            }
        }
        return List.copyOf(stems);
    }

    /** The folded words of {@code text}: runs of letters and digits. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SearchText.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A folded word without its first matching suffix, when at least four characters remain. */
    public static String stem(String folded) {
        for (String suffix : SUFFIXES) {
            if (folded.endsWith(suffix) && folded.length() - suffix.length() >= MIN_STEM) {
                return folded.substring(0, folded.length() - suffix.length());
            }
        }
        return folded;
    }

    /** Whether a folded word is one a query stem finds: it contains the stem. */
    public static boolean matches(String foldedWord, String stem) {
        return foldedWord.contains(stem);
    }
}
