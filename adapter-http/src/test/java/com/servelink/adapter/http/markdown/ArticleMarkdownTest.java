package com.servelink.adapter.http.markdown;

import com.servelink.application.port.in.kb.ArticleHit.Excerpt;
import com.servelink.application.port.in.kb.ArticleHit.Range;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** XSS payloads through the article renderer: no script, no event handler, no dangerous address survives. */
class ArticleMarkdownTest {

    /** What must never appear in rendered HTML, whatever the payload. */
    static void assertInert(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<img src=\"javascript", "href=\"javascript", "src=\"javascript",
                "href=\"data:", "src=\"data:", "href=\"vbscript", "<iframe", "<svg", "<object", "<embed", "<style");
        // an event handler is an attribute of its own: quoted attribute values (escaped text) aside
        assertThat(lower.replaceAll("\"[^\"]*\"", "\"\"")).doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+\\s*=");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Texte <script src=https://evil.example/x.js></script> fin",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[clic](javascript:alert(1))",
            "[clic](JaVaScRiPt:alert(1))",
            "[clic](java\tscript:alert(1))",
            "[clic](javascript&#58;alert(1))",
            "[clic](&#106;avascript:alert(1))",
            "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[clic](vbscript:msgbox(1))",
            "![img](javascript:alert(1))",
            "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<javascript:alert(1)>",
            "[x](\"onmouseover=alert(1))",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](https://ok.example \"t\\\" onmouseover=\\\"alert(1)\")"
    })
    void payloads_render_inert(String payload) {
        assertInert(ArticleMarkdown.html(payload));
    }

    @Test
    void raw_html_is_shown_as_text_not_interpreted() {
        assertThat(ArticleMarkdown.html("<script>alert(1)</script>")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(ArticleMarkdown.html("a <b onclick=x>b</b>")).contains("&lt;b onclick=x&gt;");
        assertThat(ArticleMarkdown.html("&lt;script&gt;")).contains("&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void safe_addresses_are_kept_and_dangerous_ones_emptied() {
        assertThat(ArticleMarkdown.html("[doc](https://servelink.example/doc)"))
                .contains("href=\"https://servelink.example/doc\"", "rel=\"nofollow noopener noreferrer\"", ">doc</a>");
        assertThat(ArticleMarkdown.html("[aide](/help/facture)")).contains("href=\"/help/facture\"");
        assertThat(ArticleMarkdown.html("[écrire](mailto:support@servelink.example)"))
                .contains("href=\"mailto:support@servelink.example\"");
        assertThat(ArticleMarkdown.html("[x](javascript:alert(1))")).contains("href=\"\"");
        assertThat(ArticleMarkdown.html("![logo](https://servelink.example/logo.png)"))
                .contains("<img src=\"https://servelink.example/logo.png\" alt=\"logo\" />");
        assertThat(ArticleMarkdown.html("![x](mailto:a@b.c)")).contains("src=\"\"");
    }

    @Test
    void markdown_itself_renders() {
        assertThat(ArticleMarkdown.html("# Titre\n\n**gras** et `code`\n\n- un\n- deux"))
                .contains("<h1>Titre</h1>", "<strong>gras</strong>", "<code>code</code>", "<li>un</li>");
    }

    @Test
    void an_excerpt_is_escaped_and_only_marks_are_added() {
        Excerpt excerpt = new Excerpt("<b>déploiement</b> & \"x\"", List.of(new Range(3, 14)));
        assertThat(ArticleMarkdown.excerptHtml(excerpt))
                .isEqualTo("&lt;b&gt;<mark>déploiement</mark>&lt;/b&gt; &amp; &quot;x&quot;");
    }
}
