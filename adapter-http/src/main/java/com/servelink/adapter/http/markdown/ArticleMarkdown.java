package com.servelink.adapter.http.markdown;

import com.servelink.application.port.in.kb.ArticleHit.Excerpt;
import com.servelink.application.port.in.kb.ArticleHit.Range;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Articles' Markdown as HTML a page may include as it is: CommonMark (commonmark-java) with raw
 * HTML escaped, never passed through, and every link and image address sanitised: only
 * {@code http}, {@code https}, {@code mailto} (links) and relative addresses survive; anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:} …) becomes an empty address. Rendering is
 * the adapter's concern: the domain stores Markdown as written (decision 224).
 */
public final class ArticleMarkdown {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    /** Browsers ignore control characters and spaces inside a scheme ("java\tscript:"). */
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]+");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new Addresses())
            .percentEncodeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private ArticleMarkdown() {
    }

    /** The body as safe HTML. */
    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** A plain-text excerpt as HTML: every character escaped, the highlighted ranges in {@code <mark>}. */
    public static String excerptHtml(Excerpt excerpt) {
        String text = excerpt.text();
        StringBuilder html = new StringBuilder(text.length() + 32);
        int at = 0;
        for (Range range : excerpt.highlights()) {
            if (range.start() < at) {
                continue;
            }
            escape(text.substring(at, range.start()), html);
            html.append("<mark>");
            escape(text.substring(range.start(), range.end()), html);
            html.append("</mark>");
            at = range.end();
        }
        escape(text.substring(at), html);
        return html.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** Whether {@code url} may be a link's address: relative, or one of the allowed schemes. */
    static boolean allowed(String url, Set<String> schemes) {
        String probe = IGNORED.matcher(url).replaceAll("");
        var scheme = SCHEME.matcher(probe);
        if (!scheme.find()) {
            return !probe.startsWith("\\");
        }
        return schemes.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    private static final class Addresses implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url, LINK_SCHEMES) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return allowed(url, IMAGE_SCHEMES) ? url : "";
        }
    }
}
