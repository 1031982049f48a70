package com.servelink.bootstrap.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help centre in Chromium (issue 16): suggestions appear on the new-ticket form while the
 * customer types, the help pages list, search and render articles (an article written to attack
 * its readers included), and staff write an article with its preview and publish it.
 */
abstract class HelpCentrePagesIT extends BrowserFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STAFF_API = "/api/staff/kb/articles";

    private JsonNode api(String method, String path, String token, String body, int status) {
        JarServer.ApiReply reply = server.api(method, path, token, body);
        assertThat(reply.status()).as(method + " " + path + ": " + reply).isEqualTo(status);
        try {
            return reply.body().isEmpty() ? null : JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode published(String slug, String title, String body, String language) {
        JsonNode draft = api("POST", STAFF_API, server.staffToken(), "{\"slug\": \"" + slug + "\", \"title\": \""
                + title + "\", \"body\": " + JSON.valueToTree(body) + ", \"language\": \"" + language
                + "\", \"category\": \"technical\"}", 201);
        return api("POST", STAFF_API + "/" + draft.path("id").asText() + "/publish", server.staffToken(), "", 200);
    }

    @Override
    void seed() {
        published("deploiement-echoue", "Que faire quand un déploiement échoue ?",
                "Ouvrez l'onglet **Builds** : la dernière étape affichée est celle qui a échoué.\n\n"
                        + "- Vérifiez `package.json`\n- Relancez la construction", "fr");
        published("telecharger-facture", "Télécharger une facture",
                "Chaque facture est disponible en PDF dans la page [Facturation](/teams).", "fr");
        published("custom-domain", "Set up a custom domain", "Create a CNAME record at your registrar.", "en");
        published("article-piege", "Article piégé",
                "Texte <script>alert('kb')</script> <img src=x onerror=alert('kb')> "
                        + "[lien](javascript:alert('kb')) ![img](data:image/svg+xml;base64,PHN2Zz4=)", "fr");
        api("POST", STAFF_API, server.staffToken(), "{\"title\": \"Brouillon déploiement secret\", \"body\": \"jamais\","
                + " \"language\": \"fr\", \"category\": \"technical\"}", 201);
    }

    @Test
    void suggestions_appear_while_the_customer_types_a_ticket() {
        signIn(server.memberToken());
        browser.open(server.base() + "/teams/my-team/support");
        WebElement box = browser.find("#suggestions");
        assertThat(box.isDisplayed()).as("no suggestion before typing").isFalse();

        browser.find("#subject").sendKeys("Mon déploiement a échoué");
        browser.waiting().withTimeout(Duration.ofSeconds(10)).until(d -> box.isDisplayed());
        List<WebElement> links = browser.all("#suggestions li a");
        assertThat(links).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(links.get(0).getDomAttribute("href")).isEqualTo("/help/deploiement-echoue?from=suggestion");
        assertThat(links.get(0).getText()).isEqualTo("Que faire quand un déploiement échoue ?");
        assertThat(browser.all("#suggestions li a").stream().map(a -> a.getDomAttribute("href")))
                .noneMatch(href -> href.contains("brouillon"));
        checkPage("help-suggestions-subject");

        browser.find("#description").sendKeys(" Je dois aussi télécharger ma facture");
        browser.waiting().withTimeout(Duration.ofSeconds(10)).until(d -> browser.all("#suggestions li a").stream()
                .anyMatch(a -> "/help/telecharger-facture?from=suggestion".equals(a.getDomAttribute("href"))));
        assertThat(browser.all("#suggestions mark")).as("the found words are marked").isNotEmpty();
        checkPage("help-suggestions-description");

        browser.find("#subject").clear();
        browser.find("#description").clear();
        browser.find("#subject").sendKeys(" ");
        browser.waiting().withTimeout(Duration.ofSeconds(10)).until(d -> !box.isDisplayed());
    }

    @Test
    void opening_a_suggestion_is_counted_once_for_the_deflection_rate() {
        JsonNode before = api("GET", "/api/staff/stats", server.staffToken(), null, 200).path("deflection");
        signIn(server.memberToken());
        browser.open(server.base() + "/teams/my-team/support");
        browser.find("#subject").sendKeys("Télécharger une facture");
        browser.waiting().withTimeout(Duration.ofSeconds(10)).until(d -> browser.find("#suggestions").isDisplayed());
        String href = browser.all("#suggestions li a").get(0).getDomAttribute("href");
        assertThat(href).isEqualTo("/help/telecharger-facture?from=suggestion");
        browser.open(server.base() + href);
        assertThat(browser.find("#article h1").getText()).isEqualTo("Télécharger une facture");
        browser.open(server.base() + href);
        browser.open(server.base() + "/help/telecharger-facture");

        JsonNode stats = api("GET", "/api/staff/stats", server.staffToken(), null, 200);
        JsonNode after = stats.path("deflection");
        assertThat(after.path("opened").asLong()).as("a reload is one opening").isEqualTo(before.path("opened").asLong() + 1);
        assertThat(after.path("pending").asLong()).isEqualTo(before.path("pending").asLong() + 1);
        assertThat(after.path("window_hours").asLong()).isEqualTo(24);
        assertThat(stats.has("deflection_rate")).isTrue();

        signOut();
        signIn(server.staffToken());
        browser.open(server.base() + "/staff/stats");
        assertThat(browser.find("#stats-deflection").getText()).contains(after.path("opened").asText());
        checkPage("help-deflection-stats");
    }

    @Test
    void the_help_pages_list_search_and_render_articles_and_an_attack_stays_text() {
        signIn(server.memberToken());
        browser.open(server.base() + "/help");
        assertThat(browser.all("#articles li a").stream().map(WebElement::getText))
                .contains("Que faire quand un déploiement échoue ?", "Set up a custom domain")
                .doesNotContain("Brouillon déploiement secret");
        checkPage("help-list");

        browser.find("#q").sendKeys("factures");
        browser.clickAndWait(browser.find("form[role=search] button[type=submit]"));
        List<WebElement> results = browser.all("#articles li");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).findElement(By.cssSelector("a")).getText()).isEqualTo("Télécharger une facture");
        assertThat(results.get(0).findElements(By.cssSelector(".excerpt mark"))).isNotEmpty();
        checkPage("help-search");

        browser.open(server.base() + "/help?lang=en");
        assertThat(browser.all("#articles li a").stream().map(WebElement::getText))
                .containsExactly("Set up a custom domain");

        browser.open(server.base() + "/help/deploiement-echoue");
        assertThat(browser.find("#article h1").getText()).isEqualTo("Que faire quand un déploiement échoue ?");
        assertThat(browser.all(".kb-body strong")).extracting(WebElement::getText).containsExactly("Builds");
        assertThat(browser.all(".kb-body li")).hasSize(2);
        checkPage("help-article");

        browser.open(server.base() + "/help/article-piege");
        assertThat(browser.find(".kb-body").getText()).contains("<script>alert('kb')</script>");
        assertThat(browser.all(".kb-body script")).isEmpty();
        assertThat(browser.all(".kb-body img")).allSatisfy(img ->
                assertThat(img.getDomAttribute("src")).isEmpty());
        assertThat(browser.all(".kb-body a")).allSatisfy(a ->
                assertThat(a.getDomAttribute("href")).doesNotContain("javascript"));
        checkPage("help-attack");

        browser.open(server.base() + "/help/brouillon-deploiement-secret");
        checkPage("help-draft-404", 404);
    }

    @Test
    void staff_write_an_article_with_its_preview_and_publish_it() {
        signIn(server.staffToken());
        browser.open(server.base() + "/staff/kb");
        assertThat(browser.all("#kb-articles tbody tr")).hasSizeGreaterThanOrEqualTo(5);
        checkPage("kb-staff-list");

        browser.clickAndWait(browser.find("#new-article"));
        browser.find("#title").sendKeys("Changer la version de Node.js");
        browser.find("#body").sendKeys("Indiquez la version dans **engines** de `package.json`.");
        browser.clickAndWait(browser.find("#preview-button"));
        assertThat(browser.find("#preview .kb-body strong").getText()).isEqualTo("engines");
        assertThat(browser.find("#title").getDomProperty("value")).isEqualTo("Changer la version de Node.js");
        checkPage("kb-editor-preview");

        browser.clickAndWait(browser.find("#save"));
        assertThat(browser.url()).contains("/staff/kb/articles/art_").contains("notice=created");
        assertThat(browser.find("#article-status").getText()).contains("brouillon");
        browser.clickAndWait(browser.find("#publish"));
        assertThat(browser.find("#article-status").getText()).contains("publié");
        assertThat(browser.all("#publish")).isEmpty();
        checkPage("kb-editor-published");

        signOut();
        signIn(server.memberToken());
        browser.open(server.base() + "/help/changer-la-version-de-node-js");
        assertThat(browser.find("#article h1").getText()).isEqualTo("Changer la version de Node.js");
    }
}
