package com.servelink.domain.kb.faq;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a customer's words may carry that must never reach an article: e-mail addresses,
 * secrets (provider keys, signing secrets, bearer tokens, JWTs, any long run of letters and digits
 * mixed), links that carry credentials or parameters, phone numbers and IBANs. Each is replaced by
 * a bracketed placeholder, so a draft still reads. Deliberately greedy: a draft loses a harmless
 * identifier rather than keep a secret; staff edit the draft before publishing it.
 */
public final class PersonalData {
    public static final String EMAIL = "[e-mail removed]";
    public static final String SECRET = "[secret removed]";
    public static final String LINK = "[link removed]";
    public static final String PHONE = "[phone number removed]";
    public static final String IBAN = "[bank account removed]";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // a link with user:password@, a query or a fragment: the part that carries secrets
            new Rule(Pattern.compile("(?i)\\b(?:https?|ftp)://(?:[^\\s/@]+@[^\\s]*|[^\\s?#]*[?#][^\\s]*)"), LINK),
            new Rule(Pattern.compile("(?i)[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}"), EMAIL),
            // a secret named as such: "Bearer …", "password: …", "token=…"
            new Rule(Pattern.compile("(?i)\\bbearer\\s+\\S{6,}"), SECRET),
            new Rule(Pattern.compile("(?i)\\b(?:token|password|mot de passe|secret|api[ _-]?key)\\s*[:=]\\s*\\S{6,}"),
                    SECRET),
            new Rule(Pattern.compile("\\beyJ[\\w-]{5,}\\.[\\w-]{5,}\\.[\\w-]{5,}"), SECRET),
            new Rule(Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b"), IBAN),
            // provider keys and our own secrets: sk_live_…, whsec_…, tok_…; then any long mixed run
            new Rule(Pattern.compile("\\b(?:[a-z]{2,6}_){1,2}[A-Za-z0-9]{12,}\\b"), SECRET),
            new Rule(Pattern.compile("\\b(?=[A-Za-z0-9_-]*\\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}\\b"), SECRET),
            new Rule(Pattern.compile("(?<![\\w.])\\+?\\d(?:[ .-]?\\d){8,13}(?!\\w)"), PHONE));

    private PersonalData() {
    }

    /** Whether {@code text} holds anything {@link #scrub} would replace. */
    public static boolean isClean(String text) {
        return scrub(text).equals(text);
    }

    /** {@code text} with every match of the rules replaced, in the rules' order. */
    public static String scrub(String text) {
        String scrubbed = text;
        for (Rule rule : RULES) {
            scrubbed = rule.pattern().matcher(scrubbed).replaceAll(Matcher.quoteReplacement(rule.replacement()));
        }
        return scrubbed;
    }
}
