package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help centre through the API, as staff and a customer use it: the lifecycle of an article,
 * what customers may see, search and suggestions, bad input as problems, and articles written to
 * attack their readers rendered inert.
 */
abstract class HelpCentreApiTest extends DemoServerFixture {
    private static final String STAFF = "/api/staff/kb/articles";

    private void problem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().path("errors").findValuesAsText("field")).as(reply.toString()).contains(field);
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String article(String title, String body, String language) {
        return "{\"title\":" + json(title) + ",\"body\":" + json(body) + ",\"language\":\"" + language
                + "\",\"category\":\"technical\"}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private JsonNode publish(String title, String body, String language) {
        JsonNode draft = ok(server.post(STAFF, staff, article(title, body, language)), 201);
        return ok(server.post(STAFF + "/" + draft.get("id").asText() + "/publish", staff, ""), 200);
    }

    @Test
    void an_article_from_draft_to_archive_as_staff_and_customers_see_it() {
        JsonNode draft = ok(server.post(STAFF, staff, article("Redémarrer une application figée",
                "Utilisez le bouton **Redémarrer** de la page du projet.", "fr")), 201);
        String id = draft.get("id").asText();
        assertThat(id).startsWith("art_");
        assertThat(draft.get("slug").asText()).isEqualTo("redemarrer-une-application-figee");
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("author").asText()).isEqualTo("support@servelink.com");
        assertThat(draft.get("body_html").asText()).contains("<strong>Redémarrer</strong>");
        assertThat(draft.get("published_at").isNull()).isTrue();
        String slug = draft.get("slug").asText();

        problem(server.get("/api/kb/articles/" + slug, member), 404, null);
        assertThat(ok(server.get("/api/kb/search?q=" + q("figée"), member), 200).get("results")).isEmpty();

        JsonNode edited = ok(server.put(STAFF + "/" + id, staff, "{\"title\":\"Redémarrer une application figée\","
                + "\"body\":\"Le bouton **Redémarrer** relance le processus.\",\"language\":\"fr\","
                + "\"category\":\"technical\",\"version\":0}"), 200);
        assertThat(edited.get("version").asLong()).isEqualTo(1);
        problem(server.put(STAFF + "/" + id, staff, "{\"title\":\"t\",\"body\":\"b\",\"language\":\"fr\","
                + "\"category\":\"technical\",\"version\":0}"), 409, null);

        JsonNode published = ok(server.post(STAFF + "/" + id + "/publish", staff, ""), 200);
        assertThat(published.get("status").asText()).isEqualTo("published");
        problem(server.post(STAFF + "/" + id + "/publish", staff, ""), 409, null);

        JsonNode seen = ok(server.get("/api/kb/articles/" + slug, member), 200);
        assertThat(seen.get("title").asText()).isEqualTo("Redémarrer une application figée");
        assertThat(seen.has("author")).as("customers do not see the author").isFalse();
        assertThat(seen.has("source_tickets")).isFalse();
        assertThat(seen.get("url").asText()).isEqualTo("/help/" + slug);

        JsonNode list = ok(server.get("/api/kb/articles?language=fr", member), 200);
        assertThat(list.get("articles").findValuesAsText("slug")).contains(slug);
        assertThat(ok(server.get("/api/kb/articles?language=en", member), 200).get("articles")
                .findValuesAsText("slug")).doesNotContain(slug);

        JsonNode found = ok(server.get("/api/kb/search?q=" + q("REDEMARRER processus") + "&lang=fr", member), 200);
        JsonNode hit = found.get("results").get(0);
        assertThat(hit.get("slug").asText()).isEqualTo(slug);
        String excerpt = hit.get("excerpt").asText();
        JsonNode first = hit.get("highlights").get(0);
        assertThat(excerpt.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo("Redémarrer");
        assertThat(hit.get("excerpt_html").asText()).contains("<mark>Redémarrer</mark>");

        ok(server.post(STAFF + "/" + id + "/archive", staff, ""), 200);
        problem(server.get("/api/kb/articles/" + slug, member), 404, null);
        assertThat(ok(server.get("/api/kb/articles/" + slug, staff), 200).get("status").asText()).isEqualTo("archived");
        assertThat(ok(server.get(STAFF + "?status=archived", staff), 200).get("articles").findValuesAsText("id"))
                .contains(id);
        ok(server.post(STAFF + "/" + id + "/unpublish", staff, ""), 200);
        assertThat(ok(server.get(STAFF + "/" + id, staff), 200).get("status").asText()).isEqualTo("draft");
    }

    @Test
    void suggestions_name_the_most_relevant_published_articles_with_a_marked_link() {
        JsonNode dns = publish("Nom de domaine introuvable après la configuration DNS",
                "Un enregistrement CNAME met jusqu'à une heure à se propager.", "fr");
        publish("Lost SSH key", "Generate a new SSH key pair and upload the public key.", "en");
        JsonNode suggested = ok(server.get("/api/kb/suggest?subject=" + q("Mon domaine ne répond pas")
                + "&description=" + q("J'ai changé le DNS hier, le CNAME est en place"), member), 200);
        List<String> slugs = suggested.get("suggestions").findValuesAsText("slug");
        assertThat(slugs).first().isEqualTo(dns.get("slug").asText());
        assertThat(slugs).hasSizeLessThanOrEqualTo(5).doesNotContain("lost-ssh-key");
        assertThat(suggested.get("suggestions").get(0).get("url").asText())
                .isEqualTo("/help/" + dns.get("slug").asText() + "?from=suggestion");
        assertThat(ok(server.get("/api/kb/suggest?subject=&description=", member), 200).get("suggestions")).isEmpty();
        for (int i = 0; i < 7; i++) {
            publish("Clé SSH numéro " + i + " " + System.nanoTime(), "Une clé SSH perdue se remplace.", "fr");
        }
        assertThat(ok(server.get("/api/kb/suggest?subject=" + q("clé SSH"), member), 200).get("suggestions"))
                .hasSize(5);
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_never_a_server_error() {
        problem(server.post(STAFF, staff, "{\"title\":\"\",\"body\":3,\"language\":\"de\",\"category\":\"x\"}"), 422,
                "body");
        problem(server.post(STAFF, staff, "{\"title\":\"\",\"body\":\"b\",\"language\":\"de\",\"category\":\"x\"}"),
                422, "language");
        problem(server.post(STAFF, staff, "{\"slug\":\"Not A Slug\",\"title\":\"t\",\"body\":\"b\",\"language\":\"fr\","
                + "\"category\":\"other\"}"), 422, "slug");
        problem(server.post(STAFF, member, article("t", "b", "fr")), 403, null);
        problem(server.get("/api/kb/search", member), 422, "q");
        problem(server.get("/api/kb/search?q=" + "x".repeat(201), member), 422, "q");
        problem(server.get("/api/kb/search?q=a&lang=de", member), 422, "lang");
        problem(server.get("/api/kb/articles?language=xx", member), 422, "language");
        problem(server.get("/api/kb/articles?cursor=garbage", member), 422, "cursor");
        problem(server.get(STAFF + "?status=gone", staff), 422, "status");
        problem(server.get("/api/kb/suggest?subject=" + "y".repeat(201), member), 422, "subject");
        problem(server.get("/api/kb/articles/NOT_A_SLUG", member), 404, null);
        problem(server.get(STAFF + "/art_missing", staff), 404, null);
        problem(server.get(STAFF + "/not-an-id", staff), 404, null);
        problem(server.get("/api/kb/articles", null), 401, null);
        problem(server.get("/api/kb/articles", RunningServer.ADMIN_TOKEN), 401, null);
        for (String text : List.of("%", "_", "\\", "' OR 1=1 --", "&|!:*", "<->", "(", ")", "!!", "a & b | c",
                "'", ":*", "\u0301", "😀")) {
            Reply search = server.get("/api/kb/search?q=" + q(text), member);
            assertThat(search.status()).as(text + " " + search).isEqualTo(200);
            Reply suggest = server.get("/api/kb/suggest?subject=" + q(text) + "&description=" + q(text), member);
            assertThat(suggest.status()).as(text + " " + suggest).isEqualTo(200);
        }
    }

    @Test
    void articles_written_to_attack_their_readers_come_out_inert() {
        List<String> payloads = List.of(
                "<script>alert('kb')</script>",
                "<img src=x onerror=alert('kb')>",
                "[clic](javascript:alert('kb'))",
                "[clic](JAVASCRIPT:alert('kb'))",
                "[clic](javascript&#58;alert('kb'))",
                "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<a href=\"javascript:alert('kb')\">x</a>",
                "&lt;script&gt;alert('kb')&lt;/script&gt;",
                "<svg onload=alert('kb')>");
        List<String> ids = new ArrayList<>();
        for (String payload : payloads) {
            JsonNode article = publish("Attaque xsskb " + ids.size(), "Texte xsskb " + payload, "fr");
            ids.add(article.get("id").asText());
            assertInert(article.get("body_html").asText());
            assertThat(article.get("body").asText()).as("the Markdown is kept as written").endsWith(payload);
            JsonNode read = ok(server.get("/api/kb/articles/" + article.get("slug").asText(), member), 200);
            assertInert(read.get("body_html").asText());
        }
        JsonNode found = ok(server.get("/api/kb/search?q=xsskb&limit=50", member), 200);
        assertThat(found.get("results")).hasSize(payloads.size());
        for (JsonNode hit : found.get("results")) {
            String html = hit.get("excerpt_html").asText();
            assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        }
        JsonNode titled = publish("<script>alert('title')</script> xsstitle", "corps", "fr");
        assertThat(ok(server.get("/api/kb/search?q=xsstitle", member), 200).get("results").get(0).get("title").asText())
                .as("a title is plain text, escaped by whoever shows it").contains("<script>");
        assertThat(titled.get("slug").asText()).matches("[a-z0-9-]+");
    }

    static void assertInert(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "href=\"javascript", "src=\"javascript", "href=\"data:",
                "src=\"data:", "<svg", "<img src=\"x\"");
        assertThat(lower.replaceAll("\"[^\"]*\"", "\"\"")).doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+\\s*=");
    }
}
