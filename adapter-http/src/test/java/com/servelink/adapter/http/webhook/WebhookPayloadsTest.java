package com.servelink.adapter.http.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.json.Json;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.WebhookKind;
import com.servelink.domain.team.TeamId;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What each kind of endpoint receives, and the signature Stripe's own verifier accepts. */
class WebhookPayloadsTest {
    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");
    private static final String SECRET = "whsec_" + "ab".repeat(32);
    private static final String OLD = "whsec_" + "cd".repeat(32);
    private final WebhookPayloads payloads = new WebhookPayloads(() -> "https://servelink.example");

    private static OutboxEvent event(String type, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>(Map.of("team_id", "team_1", "team_slug", "acme",
                "team_name", "Acme"));
        data.putAll(extra);
        return new OutboxEvent("evt_1", type, AT, Optional.of(new TeamId("team_1")), data);
    }

    @Test
    void a_webhook_gets_the_event_signed_once_per_valid_secret() throws Exception {
        OutboxEvent event = event("payment.failed", Map.of("payment_id", "pm_1", "amount", "2.00",
                "currency", "EUR"));
        byte[] body = payloads.body(WebhookKind.WEBHOOK, event);
        JsonNode json = Json.mapper().readTree(body);
        assertThat(json.path("id").asText()).isEqualTo("evt_1");
        assertThat(json.path("type").asText()).isEqualTo("payment.failed");
        assertThat(json.path("created").asLong()).isEqualTo(AT.getEpochSecond());
        assertThat(json.path("data").path("amount").asText()).isEqualTo("2.00");

        Instant now = Instant.now();
        String header = WebhookPayloads.signature(body, List.of(SECRET, OLD), now);
        assertThat(header).startsWith("t=" + now.getEpochSecond() + ",v1=");
        String payload = new String(body, StandardCharsets.UTF_8);
        assertThat(Webhook.Signature.verifyHeader(payload, header, SECRET, 300)).isTrue();
        assertThat(Webhook.Signature.verifyHeader(payload, header, OLD, 300)).isTrue();
    }

    @Test
    void every_subscribable_event_reads_as_a_sentence_with_a_link_to_its_page() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticket_id", "ticket_9");
        data.put("subject", "Down");
        data.put("resource_type", "ram");
        data.put("quantity", 2);
        data.put("metric", "traffic");
        for (EventType type : EventType.values()) {
            if (!type.subscribable()) {
                continue;
            }
            JsonNode slack = Json.mapper().readTree(payloads.body(WebhookKind.SLACK, event(type.code(), data)));
            String text = slack.path("text").asText();
            assertThat(text).as(type.code()).startsWith("[Acme] ").doesNotContain("Event " + type.code());
            String expected = type.code().startsWith("ticket.") ? "/teams/acme/support/tickets/ticket_9"
                    : type.code().startsWith("usage.") ? "/teams/acme/dashboard" : "/teams/acme/addons";
            assertThat(text).as(type.code()).contains("<https://servelink.example" + expected + "|");
        }
    }

    @Test
    void discord_content_escapes_markdown_and_pings_no_one() throws Exception {
        JsonNode discord = Json.mapper().readTree(payloads.body(WebhookKind.DISCORD,
                event("ticket.created", Map.of("ticket_id", "ticket_9", "subject", "@everyone [x](http://evil)",
                        "priority", "high"))));
        assertThat(discord.path("content").asText()).contains("\\@everyone \\[x\\]\\(http\\://evil\\)")
                .endsWith("https://servelink.example/teams/acme/support/tickets/ticket_9");
        assertThat(discord.path("allowed_mentions").path("parse").size()).isZero();
    }
}
