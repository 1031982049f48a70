package com.servelink.domain.kb.faq;

import com.servelink.domain.shared.SearchText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a ticket that say what it is about: folded like the search (no case, no accents),
 * split on anything but letters and digits, without French and English function words or words
 * under three letters, a plural {@code s}/{@code x} taken off words of five letters or more (a
 * light stemmer: "domaines" and "domaine" are one term). Placeholders of {@link PersonalData} fall
 * apart into words that are stop words here, so a scrubbed secret adds no term.
 */
public final class Terms {
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            // English
            "the", "and", "for", "are", "but", "not", "you", "your", "our", "with", "this", "that", "have", "has",
            "had", "was", "were", "will", "would", "can", "could", "should", "from", "into", "when", "what",
            "which", "who", "how", "why", "there", "here", "they", "them", "their", "been", "being", "does", "did",
            "doing", "just", "also", "any", "all", "some", "more", "most", "very", "too", "than", "then", "out",
            "get", "got", "please", "thanks", "thank", "hello", "regards", "dear", "help", "need", "still", "since",
            "after", "before", "about", "again", "now", "one", "two", "its", "it's", "i'm", "yes", "yet", "hi",
            "team", "issue", "problem", "question", "advance", "anyone", "someone", "something", "know", "let",
            // French
            "les", "des", "une", "est", "pas", "pour", "que", "qui", "dans", "sur", "avec", "par", "plus", "nous",
            "vous", "ils", "elle", "elles", "mais", "car", "donc", "cette", "ces", "ses", "mes", "tes", "son", "sont",
            "ont", "avons", "avez", "etre", "avoir", "fait", "faire", "comme", "tout", "tous", "toute", "toutes",
            "bien", "aussi", "encore", "depuis", "apres", "avant", "quand", "comment", "pourquoi", "quoi", "notre",
            "votre", "nos", "vos", "leur", "leurs", "merci", "bonjour", "cordialement", "aide", "besoin", "svp",
            "probleme", "equipe", "avance", "quelqu", "chose", "savoir", "deja", "toujours", "peut", "pouvez", "pouvons", "faut", "aux", "ceci",
            // the placeholders' words
            "removed", "mail", "secret", "link", "phone", "number", "bank", "account");

    private Terms() {
    }

    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : SPLIT.split(SearchText.fold(text))) {
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            terms.add(stem(word));
        }
        return terms;
    }

    private static String stem(String word) {
        char last = word.charAt(word.length() - 1);
        return word.length() >= 5 && (last == 's' || last == 'x') ? word.substring(0, word.length() - 1) : word;
    }

    /** Whether a folded word is a French function word of the list (for guessing a language). */
    static boolean isFrenchFunctionWord(String folded) {
        return FRENCH.contains(folded);
    }

    static boolean isEnglishFunctionWord(String folded) {
        return ENGLISH.contains(folded);
    }

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "une", "est", "pas", "pour", "que",
            "qui", "dans", "sur", "avec", "nous", "vous", "mais", "je", "mon", "ma", "mes", "du", "au", "et", "un",
            "ne", "plus", "ce", "cette", "il", "elle", "bonjour", "merci");
    private static final Set<String> ENGLISH = Set.of("the", "and", "for", "are", "not", "you", "your", "with",
            "this", "that", "have", "has", "is", "it", "my", "we", "our", "of", "to", "in", "on", "a", "an", "can",
            "does", "hello", "thanks", "please", "when", "what");
}
