package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.ArticleHit.Excerpt;
import com.servelink.application.port.in.kb.ArticleHit.Range;
import com.servelink.domain.kb.SearchTerms;
import com.servelink.domain.shared.SearchText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text excerpt of a found article: its body without Markdown syntax, cut around the first
 * word a query term finds, with the ranges of every such word. Plain text on purpose: no markup
 * of the body can reach a reader through it (decision 224).
 */
final class Excerpts {
    static final int LENGTH = 200;
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SYNTAX = Pattern.compile("[*_`#>~|]+|^\\s*[-+]\\s+|^\\s*\\d+\\.\\s+",
            Pattern.MULTILINE);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private Excerpts() {
    }

    static Excerpt of(String markdown, String query) {
        String plain = plain(markdown);
        List<String> terms = SearchTerms.of(query);
        int first = -1;
        Matcher word = WORD.matcher(plain);
        while (word.find() && first < 0) {
            if (found(word.group(), terms)) {
                first = word.start();
            }
        }
        int start = first < 0 || first < LENGTH / 4 ? 0 : wordStart(plain, first - LENGTH / 4);
        int end = Math.min(plain.length(), start + LENGTH);
        if (end < plain.length()) {
            int space = plain.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String prefix = start > 0 ? "… " : "";
        String text = prefix + plain.substring(start, end) + (end < plain.length() ? " …" : "");
        List<Range> ranges = new ArrayList<>();
        Matcher inText = WORD.matcher(text);
        while (inText.find()) {
            if (found(inText.group(), terms)) {
                ranges.add(new Range(inText.start(), inText.end()));
            }
        }
        return new Excerpt(text, ranges);
    }

    private static boolean found(String word, List<String> terms) {
        String folded = SearchText.fold(word);
        String stem = SearchTerms.stem(folded);
        for (String term : terms) {
            if (SearchTerms.matches(folded, term) || stem.equals(SearchTerms.stem(term))) {
                return true;
            }
        }
        return false;
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', Math.max(0, from));
        return space < 0 ? Math.max(0, from) : space + 1;
    }

    /** The body as a reader sees its words: link texts kept, images, tags and Markdown marks dropped. */
    static String plain(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = TAG.matcher(text).replaceAll(" ");
        text = SYNTAX.matcher(text).replaceAll(" ");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
