package com.servelink.bootstrap.browser;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoices page in Chromium, on the jar's H2: two paid add-ons listed with their PDF links
 * (the link downloads the PDF through the session), the team's nav links the page, an owner
 * saves the billing profile (a bad VAT number refused next to its field), a member reads it
 * without the form. Each page passes the fixture's checks and leaves a screenshot.
 */
class H2InvoicePagesIT extends BrowserFixture {
    private static final String PAGE = "/teams/my-team/invoices";
    private static final Pattern PAYMENT_ID = Pattern.compile("\"payment_id\"\\s*:\\s*\"(pm_[A-Za-z0-9]+)\"");

    @Override
    String database() {
        return "h2";
    }

    @Override
    JarServer startServer() {
        return JarServer.h2();
    }

    @Override
    void seed() {
        for (String type : new String[] {"ram", "cpu"}) {
            var purchase = server.api("POST", "/api/resources/my-team/purchase", server.ownerToken(),
                    "{\"resource_type\":\"" + type + "\",\"quantity\":2}");
            assertThat(purchase.status()).as(purchase.toString()).isEqualTo(201);
            Matcher id = PAYMENT_ID.matcher(purchase.body());
            assertThat(id.find()).isTrue();
            var paid = server.api("POST", "/sandbox/checkout/" + id.group(1) + "/pay", null, null);
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
            if (type.equals("ram")) { // a part given back by staff: its credit note shows under the invoice
                var refund = server.api("POST", "/api/staff/payments/" + id.group(1) + "/refunds",
                        server.staffToken(), "{\"amount\": \"0.50\", \"reason\": \"a day of downtime\"}");
                assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
            }
        }
    }

    @Test
    void an_owner_lists_the_invoices_downloads_a_pdf_and_saves_the_billing_profile() throws Exception {
        signIn(server.ownerToken());
        browser.open(server.base() + "/teams/my-team/dashboard");
        browser.clickAndWait(browser.find("nav a[href='" + PAGE + "']"));
        assertThat(browser.url()).endsWith(PAGE);
        assertThat(browser.all("#invoices tbody tr:not(.credit-note)")).hasSize(2);
        // the refund's credit note, under its invoice, as credited: net 0.50, VAT 0.10, gross 0.60
        assertThat(browser.all("#invoices tbody tr.credit-note")).singleElement().satisfies(row -> {
            assertThat(row.getAttribute("id")).matches("SL-AV-\\d{4}-\\d{6}");
            assertThat(row.getText()).contains("Avoir", "0,50", "0,10", "0,60");
        });
        assertThat(browser.find("#profile-default").isDisplayed()).isTrue();
        checkPage("invoices");

        String href = browser.find("#invoices tbody tr a.pdf[hreflang='en']").getAttribute("href");
        assertThat(href).matches(".*/teams/my-team/invoices/SL-\\d{4}-\\d{6}\\.pdf\\?lang=en");
        String cookie = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, b) -> a + "; " + b).orElseThrow();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href.replace("//localhost:", "//127.0.0.1:")))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.find("#name").sendKeys("Acme GmbH");
        browser.find("#address").sendKeys("Hauptstraße 1\n10115 Berlin");
        browser.find("#country").sendKeys("DE");
        browser.find("#vat_id").sendKeys("FR40303265045");
        browser.clickAndWait(browser.find("#profile-form button[type=submit]"));
        assertThat(browser.find("#vat_id-error").getText()).isNotBlank();
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Acme GmbH");
        checkPage("invoices-profile-refused", 422);

        browser.find("#vat_id").clear();
        browser.find("#vat_id").sendKeys("DE123456789");
        browser.clickAndWait(browser.find("#profile-form button[type=submit]"));
        assertThat(browser.find(".alert.success").getText()).isNotBlank();
        assertThat(browser.find("#profile-card").getText()).contains("Acme GmbH", "10115 Berlin", "DE123456789");
        assertThat(browser.all("#profile-default")).isEmpty();
        checkPage("invoices-profile-saved");
    }

    @Test
    void a_member_reads_the_invoices_and_the_profile_without_the_form() {
        signIn(server.memberToken());
        browser.open(server.base() + PAGE);
        assertThat(browser.all("#invoices tbody tr:not(.credit-note)")).hasSize(2);
        assertThat(browser.all("#invoices tbody tr.credit-note")).hasSize(1);
        assertThat(browser.all("#profile-form")).isEmpty();
        assertThat(browser.find("#profile-readonly").isDisplayed()).isTrue();
        checkPage("invoices-member");
    }
}
