package com.servelink.domain.kb;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.SearchText;

import java.util.regex.Pattern;

/**
 * The part of an article's address after {@code /help/}: lower-case ASCII letters, digits and
 * single hyphens, 3 to 80 characters, unique across articles.
 */
public record ArticleSlug(String value) {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

    public ArticleSlug {
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value).matches()) {
            throw DomainException.invalidField("slug", "must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " lower-case letters, digits and single hyphens");
        }
    }

    /**
     * A slug made from a title: folded (no accents, lower case), runs of anything else turned into
     * one hyphen, cut at a hyphen to fit; {@code fallback} when nothing usable is left.
     */
    public static ArticleSlug fromTitle(String title, String fallback) {
        String folded = NOT_ALLOWED.matcher(SearchText.fold(title)).replaceAll("-");
        folded = trimHyphens(folded);
        if (folded.length() > MAX_LENGTH) {
            int cut = folded.lastIndexOf('-', MAX_LENGTH);
            folded = trimHyphens(folded.substring(0, cut >= MIN_LENGTH ? cut : MAX_LENGTH));
        }
        return new ArticleSlug(folded.length() >= MIN_LENGTH ? folded : fallback);
    }

    /** This slug with {@code -n} appended (shortened to fit), for a second article of the same title. */
    public ArticleSlug withSuffix(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(value.substring(0, MAX_LENGTH - suffix.length())) : value;
        return new ArticleSlug(base + suffix);
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
