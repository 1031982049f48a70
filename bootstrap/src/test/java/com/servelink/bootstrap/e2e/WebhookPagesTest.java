package com.servelink.bootstrap.e2e;

import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks settings page over HTTP (no browser): owners manage endpoints with the same rules
 * as the API, the secret is shown once, refusals come back on the form naming the field, the
 * output is escaped, and members are refused as on the API.
 */
class WebhookPagesTest extends DemoServerFixture {
    private static final String PAGE = "/teams/my-team/settings/webhooks";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret-value\">(whsec_[0-9a-f]{64})</code>");

    @Override
    RunningServer start() {
        return RunningServer.h2(Map.of("SERVELINK_WEBHOOKS_ALLOW_PRIVATE", "true",
                "SERVELINK_WEBHOOKS_ALLOW_HTTP", "true"));
    }

    private PageClient signedIn(String token) {
        PageClient browser = new PageClient(server.base());
        Reply reply = browser.signIn(token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(303);
        return browser;
    }

    @Test
    void an_owner_creates_sees_the_secret_once_rotates_reads_the_log_and_deletes() {
        PageClient browser = signedIn(owner);
        Reply empty = browser.get(PAGE);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text()).contains("id=\"new-webhook\"").contains("name=\"event.ticket.created\"")
                .doesNotContain("name=\"event.webhook.disabled\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", "http://127.0.0.1:9/hook");
        fields.put("description", "Bot <b>");
        fields.put("kind", "slack");
        fields.put("event.ticket.created", "on");
        fields.put("event.payment.failed", "on");
        Reply created = browser.submit(PAGE, PAGE, fields);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Matcher secret = SECRET.matcher(created.text());
        assertThat(secret.find()).isTrue();
        assertThat(created.text()).contains("Bot &lt;b&gt;").doesNotContain("Bot <b>");

        Reply listed = browser.get(PAGE);
        assertThat(listed.text()).doesNotContain(secret.group(1)).doesNotContain("id=\"secret\"")
                .contains("ticket.created, payment.failed").contains("Slack");
        String id = server.get("/api/teams/my-team/webhooks", owner).json().path("webhooks").get(0).path("id")
                .asText();

        Reply rotated = browser.submit(PAGE, PAGE + "/" + id + "/rotate-secret", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        Matcher next = SECRET.matcher(rotated.text());
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).isNotEqualTo(secret.group(1));
        assertThat(rotated.text()).contains("id=\"secret-previous\"");

        Reply log = browser.get(PAGE + "/" + id + "/deliveries");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.text()).contains("id=\"no-attempts\"");

        Reply deleted = browser.submit(PAGE, PAGE + "/" + id + "/delete", Map.of());
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(deleted.header("Location")).isEqualTo(PAGE + "?notice=deleted");
        assertThat(browser.get(PAGE).text()).contains("id=\"no-endpoints\"");
    }

    @Test
    void a_refused_form_names_the_field_and_keeps_what_was_typed() {
        PageClient browser = signedIn(owner);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", "ftp://example.com/\"><script>");
        fields.put("description", "");
        fields.put("kind", "webhook");
        Reply refused = browser.submit(PAGE, PAGE, fields);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("id=\"url-error\"").contains("id=\"events-error\"")
                .contains("value=\"ftp://example.com/&#34;>&lt;script>\"").doesNotContain("\"><script>");
        assertThat(server.get("/api/teams/my-team/webhooks", owner).json().path("webhooks").size()).isZero();
    }

    @Test
    void a_member_is_refused_as_on_the_api() {
        PageClient browser = signedIn(member);
        assertThat(browser.get(PAGE).status()).isEqualTo(403);
    }
}
