package com.servelink.bootstrap.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a user clicks through them in Chromium, against the running jar: signing in,
 * buying RAM through the sandbox checkout, a ticket from creation to close with the staff desk
 * in between, escaping, anti-forgery, the language switch. On every page: no console error (a
 * CSP violation is one), no serious or critical axe-core violation, and a screenshot in
 * {@code target/screenshots/}.
 */
abstract class WebPagesIT extends BrowserFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TEAM = "my-team";
    static final String XSS_SUBJECT = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";

    private void signOutByTheButton() {
        browser.clickAndWait(browser.find("form[action='/logout'] button"));
        assertThat(browser.url()).isEqualTo(server.base() + "/login");
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private long memoryTotal() {
        for (WebElement row : browser.all("#limits tbody tr")) {
            if (row.findElement(By.cssSelector("th")).getText().startsWith("Mémoire")) {
                return digits(row.findElement(By.cssSelector("td.total")).getText());
            }
        }
        throw new AssertionError("no memory row in the limits table");
    }

    private JsonNode api(String method, String path, String token, String body) {
        JarServer.ApiReply reply = server.api(method, path, token, body);
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void signing_in_leads_back_to_the_page_asked_for_and_signing_out_ends_the_session() {
        browser.open(server.base() + "/teams/" + TEAM + "/support");
        assertThat(browser.url()).isEqualTo(server.base() + "/login?next=%2Fteams%2F" + TEAM + "%2Fsupport");
        checkPage("login");

        browser.find("#token").sendKeys("slk_not-a-token");
        browser.clickAndWait(browser.find("form[action='/login'] button[type=submit]"));
        assertThat(browser.find("#token-error").getText()).isEqualTo("is not a valid API token");
        assertThat(browser.find("#token").getAttribute("value")).isEqualTo("slk_not-a-token");
        checkPage("login-refused", 422);

        browser.find("#token").clear();
        browser.find("#token").sendKeys(server.memberToken());
        browser.clickAndWait(browser.find("form[action='/login'] button[type=submit]"));
        assertThat(browser.url()).isEqualTo(server.base() + "/teams/" + TEAM + "/support");
        assertThat(browser.driver().manage().getCookieNamed("servelink_session").isHttpOnly()).isTrue();

        browser.open(server.base() + "/");
        assertThat(browser.find("h1").getText()).isEqualTo("Mes équipes");
        assertThat(browser.find(".cards").getText()).contains("My team").contains("Pro").contains("membre");
        checkPage("home");

        signOutByTheButton();
        browser.open(server.base() + "/teams/" + TEAM + "/addons");
        assertThat(browser.url()).startsWith(server.base() + "/login");
    }

    @Test
    void buying_ram_through_the_sandbox_checkout_activates_it_and_raises_the_limits() {
        signIn(server.ownerToken());
        browser.open(server.base() + "/teams/" + TEAM + "/addons");
        assertThat(browser.find("#offer-ram .price .amount").getText()).isEqualTo("1,00 €");
        assertThat(browser.find(".team-head").getText()).contains("Pro");
        long before = memoryTotal();
        checkPage("addons");

        WebElement quantity = browser.find("#quantity-ram");
        quantity.clear();
        quantity.sendKeys("2");
        browser.clickAndWait(browser.find("#offer-ram form button[type=submit]"));
        assertThat(browser.url()).startsWith(server.base() + "/sandbox/checkout/pm_");
        assertThat(browser.find("#amount").getText()).isEqualTo("2,00 €");
        checkPage("sandbox-checkout");

        browser.clickAndWait(browser.find("#pay"));
        assertThat(browser.find("h1").getText()).isEqualTo("Paiement accepté");
        assertThat(browser.find("#payment-status").getText()).isEqualTo("completed");
        checkPage("sandbox-paid");

        browser.open(server.base() + "/teams/" + TEAM + "/addons");
        WebElement active = browser.all("#resources tbody tr[data-status=active]").get(0);
        assertThat(active.getText()).contains("active").contains("2,00 €");
        assertThat(active.findElement(By.cssSelector("time")).getAttribute("datetime")).endsWith("Z");
        assertThat(memoryTotal()).isEqualTo(before + 1000);
        checkPage("addons-active");

        browser.clickAndWait(active.findElement(By.cssSelector("a[href$='/cancel']")));
        assertThat(browser.find("h1").getText()).isEqualTo("Annuler une ressource");
        checkPage("addons-cancel-confirm");
        browser.clickAndWait(browser.find("button.danger"));
        assertThat(browser.find(".alert.success").getText()).isEqualTo("La ressource a été annulée.");
        assertThat(memoryTotal()).isEqualTo(before);
        checkPage("addons-cancelled");
    }

    @Test
    void a_member_sees_why_they_cannot_buy_and_gets_no_buy_button() {
        signIn(server.memberToken());
        browser.open(server.base() + "/teams/" + TEAM + "/addons");
        assertThat(browser.find("#purchase-refusal").getText()).contains("only the team's owners and admins");
        assertThat(browser.all("form[action$='/addons/purchase']")).isEmpty();
        checkPage("addons-member");
    }

    @Test
    void a_ticket_goes_from_creation_through_the_staff_desk_to_closed() {
        signIn(server.memberToken());
        browser.open(server.base() + "/teams/" + TEAM + "/support");
        checkPage("support");
        browser.find("#subject").sendKeys(XSS_SUBJECT);
        browser.find("#description").sendKeys("Mon application ne démarre pas... <b>gras ?</b>");
        new Select(browser.find("#category")).selectByValue("technical");
        browser.clickAndWait(browser.find("#new-ticket button[type=submit]"));

        assertThat(browser.url()).contains("/support/tickets/ticket_");
        String ticketUrl = browser.url().substring(0, browser.url().indexOf('?'));
        String ticketId = ticketUrl.substring(ticketUrl.lastIndexOf('/') + 1);
        assertThat(browser.find("h1").getText()).isEqualTo(XSS_SUBJECT);
        assertThat(browser.find(".thread .message .text").getText()).isEqualTo("Mon application ne démarre pas... <b>gras ?</b>");
        assertThat(browser.find("#ticket-priority").getText()).isEqualTo("haute");
        assertThat(browser.find("#promise").getText())
                .matches("Nous vous répondons avant (\\d\\d:\\d\\d|\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d) \\(.+\\)");
        assertThat(browser.all("#sla-status")).as("the SLA block is the staff's").isEmpty();
        checkPage("ticket-created");
        signOutByTheButton();

        signIn(server.staffToken());
        assertThat(browser.url()).isEqualTo(server.base() + "/staff/queue");
        WebElement row = browser.find("tr#" + ticketId);
        assertThat(row.getText()).contains(XSS_SUBJECT).contains("haute");
        WebElement sla = row.findElement(By.cssSelector("td.sla"));
        assertThat(sla.getAttribute("data-sla")).isEqualTo("ok");
        assertThat(sla.findElement(By.cssSelector("time")).getAttribute("datetime")).endsWith("Z");
        checkPage("staff-queue");

        browser.clickAndWait(row.findElement(By.cssSelector("a")));
        assertThat(browser.find("#sla-status").getText()).isEqualTo("dans les délais");
        assertThat(browser.find("#sla-next-response time").getAttribute("datetime")).endsWith("Z");
        assertThat(browser.find("#sla-resolution time").getAttribute("datetime")).endsWith("Z");
        checkPage("staff-ticket-sla");
        browser.find("#message").sendKeys("Bonjour, pouvez-vous nous envoyer les journaux ?");
        browser.clickAndWait(browser.find("#send-reply"));
        browser.find("#note").sendKeys("Client Pro, deuxième incident ce mois-ci");
        browser.clickAndWait(browser.find("#send-note"));
        WebElement note = browser.find(".thread .message.internal");
        assertThat(note.getText()).containsIgnoringCase("note interne").contains("deuxième incident");
        new Select(browser.find("#priority")).selectByValue("urgent");
        browser.clickAndWait(browser.find("#change-priority"));
        browser.find("#assigned_to").clear();
        browser.find("#assigned_to").sendKeys("support@servelink.com");
        browser.clickAndWait(browser.find("#change-assignee"));
        assertThat(browser.find("#ticket-priority").getText()).isEqualTo("urgente");
        assertThat(browser.find("#ticket-assignee").getText()).isEqualTo("support@servelink.com");
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("en cours");
        assertThat(browser.find("#sla-next-response").getText()).isEqualTo("aucune réponse due");
        assertThat(browser.find("#sla-resolution").getText()).isEqualTo("en pause (chez le client)");
        checkPage("staff-ticket");
        signOutByTheButton();

        signIn(server.memberToken());
        browser.open(ticketUrl);
        assertThat(browser.find(".thread").getText()).contains("pouvez-vous nous envoyer les journaux")
                .doesNotContain("deuxième incident").doesNotContainIgnoringCase("note interne");
        assertThat(browser.all(".message.internal")).isEmpty();
        assertThat(browser.all("#promise")).as("answered: no more promise").isEmpty();
        browser.find("#message").sendKeys("Voici les journaux : <script>alert(2)</script>");
        browser.clickAndWait(browser.find("form[action$='/messages'] button"));
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("en attente du support");
        assertThat(browser.find("#promise").getText()).as("a next answer is owed").startsWith("Nous vous répondons avant");
        assertThat(browser.find(".thread").getText()).contains("<script>alert(2)</script>");
        checkPage("ticket-replied");

        browser.clickAndWait(browser.find("#resolve"));
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("résolu");
        browser.clickAndWait(browser.find("#close"));
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("fermé");
        assertThat(browser.all("form[action$='/messages']")).isEmpty();
        checkPage("ticket-closed");

        JsonNode stored = api("GET", "/api/support/" + TEAM + "/tickets/" + ticketId, server.memberToken(), null);
        assertThat(stored.path("status").asText()).isEqualTo("closed");
        assertThat(stored.path("subject").asText()).isEqualTo(XSS_SUBJECT);
    }

    @Test
    void the_staff_ticket_page_shows_the_team_billing_beside_the_ticket() {
        String ticketId = api("POST", "/api/support/" + TEAM + "/tickets", server.memberToken(),
                "{\"subject\": \"Facture <b>incomprise</b>\", \"description\": \"Pourquoi ?\", \"category\": \"billing\"}")
                .path("ticket_id").asText();
        JsonNode bought = api("POST", "/api/resources/" + TEAM + "/purchase", server.ownerToken(),
                "{\"resource_type\": \"storage\", \"quantity\": 1}");
        assertThat(server.api("POST", java.net.URI.create(bought.path("payment_url").asText()).getPath() + "/pay",
                null, null).status()).isEqualTo(200);
        String paymentId = bought.path("payment_id").asText();
        // a part given back by staff: the panel shows it beside the payment, as the API's last_payments does
        var refund = server.api("POST", "/api/staff/payments/" + paymentId + "/refunds", server.staffToken(),
                "{\"amount\": \"0.25\", \"reason\": \"a day of downtime\"}");
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        String project = api("POST", "/api/admin/teams/" + TEAM + "/projects", server.adminToken(),
                "{\"name\": \"facturation\"}").path("id").asText();
        api("POST", "/api/admin/usage", server.adminToken(), "{\"samples\": [{\"project_id\": \"" + project
                + "\", \"day\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\", \"metric\": \"traffic_gb\", \"amount\": 9}]}");
        api("POST", "/api/admin/jobs/check_usage_limits_task/run", server.adminToken(), "");
        JsonNode billing = api("GET", "/api/staff/tickets/" + ticketId, server.staffToken(), null).path("billing");

        signIn(server.staffToken());
        browser.open(server.base() + "/staff/tickets/" + ticketId);
        WebElement panel = browser.find("#billing");
        assertThat(browser.find("h1").getText()).isEqualTo("Facture <b>incomprise</b>");
        assertThat(panel.getAttribute("data-plan")).isEqualTo("pro");
        assertThat(browser.find("#billing-plan").getText()).isEqualTo("Pro");
        assertThat(browser.all("#billing-limits li")).hasSize(4);
        WebElement traffic = browser.find("#billing-limits li[data-metric=traffic_gb]");
        assertThat(traffic.findElement(By.cssSelector(".percent")).getText()).contains("%");
        assertThat(new java.math.BigDecimal(traffic.findElement(By.cssSelector("meter")).getAttribute("value")))
                .isEqualByComparingTo(billing.path("usage").path("percentages").path("traffic_gb").decimalValue()
                        .min(java.math.BigDecimal.valueOf(100)));
        assertThat(browser.all("#billing-addons li")).hasSize(billing.path("addons").size()).isNotEmpty();
        WebElement storage = browser.find("#billing-addons li[data-type=storage]");
        assertThat(storage.getText()).contains("Stockage").contains("expire le");
        assertThat(storage.findElement(By.cssSelector("time")).getAttribute("datetime")).endsWith("Z");
        assertThat(browser.all("#billing-alerts li")).hasSize(billing.path("open_alerts").size()).isNotEmpty();
        assertThat(browser.all("#billing-payments tbody tr")).hasSize(billing.path("last_payments").size())
                .hasSizeBetween(1, 5);
        assertThat(browser.find("#billing-payments tbody tr").getAttribute("id"))
                .isEqualTo("billing-" + billing.path("last_payments").get(0).path("id").asText());
        assertThat(billing.path("last_payments").get(0).path("refunded").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(browser.find("#billing-" + paymentId + " .given-back").getText()).contains("0,25");
        checkPage("staff-ticket-billing");
        signOutByTheButton();

        signIn(server.memberToken());
        browser.open(server.base() + "/teams/" + TEAM + "/support/tickets/" + ticketId);
        assertThat(browser.all("#billing")).as("the billing panel is the staff's").isEmpty();
    }

    @Test
    void a_refused_field_is_shown_next_to_it_with_the_input_kept() {
        signIn(server.memberToken());
        browser.open(server.base() + "/teams/" + TEAM + "/support");
        browser.find("#description").sendKeys("Sans sujet");
        // the browser's own check would stop an empty required field: send what a script or an old browser would
        browser.driver().executeScript("document.getElementById('subject').removeAttribute('required')");
        browser.clickAndWait(browser.find("#new-ticket button[type=submit]"));
        assertThat(browser.find("#subject-error").getText()).isNotBlank();
        assertThat(browser.find("#subject").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Sans sujet");
        checkPage("support-refused", 422);
    }

    @Test
    void a_forged_form_is_refused_and_changes_nothing() {
        signIn(server.memberToken());
        int before = api("GET", "/api/support/" + TEAM + "/stats", server.memberToken(), null).path("total").asInt();
        browser.open(server.base() + "/teams/" + TEAM + "/support");
        browser.find("#subject").sendKeys("Forged");
        browser.find("#description").sendKeys("This form's token was tampered with");
        browser.driver().executeScript(
                "document.querySelectorAll('input[name=_csrf]').forEach(function (i) { i.value = 'forged'; })");
        browser.clickAndWait(browser.find("#new-ticket button[type=submit]"));
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
        checkPage("forged-form-refused", 403);
        assertThat(api("GET", "/api/support/" + TEAM + "/stats", server.memberToken(), null).path("total").asInt())
                .isEqualTo(before);
    }

    @Test
    void the_language_switch_turns_the_pages_english_and_back() {
        signIn(server.ownerToken());
        browser.open(server.base() + "/teams/" + TEAM + "/addons");
        browser.clickAndWait(browser.find(".languages a[hreflang=en]"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("#offer-ram .price .amount").getText()).isEqualTo("€1.00");
        assertThat(browser.find("h1").getText()).isEqualTo("Add-ons");
        checkPage("addons-english");
        browser.clickAndWait(browser.find(".languages a[hreflang=fr]"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
    }

    @Test
    void the_api_documentation_runs_under_its_content_security_policy() {
        browser.open(server.base() + "/docs");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger-ui .info")));
        assertThat(browser.find("#swagger-ui .info").getText()).contains("Servelink");
        // Swagger UI's own markup is not ours to fix (axe finds contrast and label issues in it)
        browser.assertNoConsoleErrors();
        browser.screenshot(database() + "-docs");
    }

    @Test
    void a_team_one_does_not_belong_to_is_a_not_found_page() {
        signIn(server.memberToken());
        browser.open(server.base() + "/teams/someone-else/support");
        assertThat(browser.find("h1").getText()).isEqualTo("Page introuvable");
        assertThat(browser.find(".alert.error").getText()).isEqualTo("team someone-else not found");
        checkPage("not-found", 404);
        browser.open(server.base() + "/payments/pm_whatever/done");
        checkPage("payment-return");
    }
}
