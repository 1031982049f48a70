package com.servelink.bootstrap.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks settings page in Chromium, on the jar's H2: an owner adds an endpoint (its secret
 * shown once), sees it fail in the delivery log (nothing listens on its port), sends an attempt
 * again, rotates the secret and deletes the endpoint; a member is refused. Each page passes the
 * fixture's checks (no console error, no serious axe violation) and leaves a screenshot.
 */
class H2WebhookSettingsIT extends BrowserFixture {
    private static final String PAGE = "/teams/my-team/settings/webhooks";

    @Override
    String database() {
        return "h2";
    }

    @Override
    JarServer startServer() {
        return JarServer.h2(Map.of("SERVELINK_WEBHOOKS_ALLOW_PRIVATE", "true", "SERVELINK_WEBHOOKS_ALLOW_HTTP", "true",
                "SERVELINK_OUTBOX_POLL_INTERVAL", "PT0.1S", "SERVELINK_OUTBOX_RETRY_BASE", "PT0.2S"));
    }

    @Test
    void an_owner_adds_an_endpoint_reads_its_log_rotates_its_secret_and_deletes_it() {
        signIn(server.ownerToken());
        browser.open(server.base() + PAGE);
        assertThat(browser.find("#no-endpoints").isDisplayed()).isTrue();
        checkPage("webhooks-empty");

        browser.find("#url").sendKeys("http://127.0.0.1:9/servelink");
        browser.find("#description").sendKeys("Deploy bot <b>");
        new Select(browser.find("#kind")).selectByValue("webhook");
        browser.find("input[name='event.ticket.created']").click();
        browser.clickAndWait(browser.find("#new-webhook button[type=submit]"));
        String secret = browser.find("#secret-value").getText();
        assertThat(secret).matches("whsec_[0-9a-f]{64}");
        assertThat(browser.all("#endpoints tbody tr")).hasSize(1);
        assertThat(browser.find("#endpoints").getText()).contains("Deploy bot <b>");
        checkPage("webhooks-created", 201);

        browser.open(server.base() + PAGE);
        assertThat(browser.all("#secret")).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);

        server.api("POST", "/api/support/my-team/tickets", server.memberToken(),
                "{\"subject\":\"Webhook test\",\"description\":\"Le site ne répond plus\"}");
        browser.clickAndWait(browser.find("#endpoints td.actions a"));
        browser.waiting().until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#deliveries tbody tr")).isEmpty();
        });
        assertThat(browser.find("#deliveries tbody tr").getAttribute("data-delivered")).isEqualTo("false");
        checkPage("webhooks-log");

        browser.clickAndWait(browser.find("#deliveries tbody tr button[type=submit]"));
        assertThat(browser.find(".alert.success").getText()).isNotBlank();
        checkPage("webhooks-redelivered");

        browser.clickAndWait(browser.find("a[href='" + PAGE + "']"));
        browser.clickAndWait(browser.find("form[action$='/rotate-secret'] button"));
        assertThat(browser.find("#secret-value").getText()).matches("whsec_[0-9a-f]{64}").isNotEqualTo(secret);
        assertThat(browser.find("#secret-previous").isDisplayed()).isTrue();
        checkPage("webhooks-rotated");

        browser.clickAndWait(browser.find("form[action$='/delete'] button"));
        assertThat(browser.find("#no-endpoints").isDisplayed()).isTrue();
        checkPage("webhooks-deleted");
    }

    @Test
    void a_form_refused_by_the_ssrf_rules_says_why_next_to_the_field() {
        signIn(server.ownerToken());
        browser.open(server.base() + PAGE);
        browser.find("#url").sendKeys("ftp://example.com/");
        browser.clickAndWait(browser.find("#new-webhook button[type=submit]"));
        assertThat(browser.find("#url-error").getText()).isNotBlank();
        assertThat(browser.find("#events-error").getText()).isNotBlank();
        checkPage("webhooks-refused", 422);
    }

    @Test
    void a_member_is_refused() {
        signIn(server.memberToken());
        browser.open(server.base() + PAGE);
        checkPage("webhooks-member", 403);
    }
}
