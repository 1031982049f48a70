package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outgoing webhooks through the running service, the outbox's dispatcher included, to a local
 * receiver: signatures checked with Stripe's own verifier, failures and a timeout retried until
 * the receiver comes back, Slack and Discord messages, rotation, redelivery, disabling after
 * 24 h of failures, and an internal note that never leaves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhooksEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** What the tests set: a local receiver on http, the dispatcher polling and retrying fast. */
    static final Map<String, String> SETTINGS = Map.of("SERVELINK_WEBHOOKS_ALLOW_PRIVATE", "true",
            "SERVELINK_WEBHOOKS_ALLOW_HTTP", "true", "SERVELINK_OUTBOX_POLL_INTERVAL", "PT0.1S",
            "SERVELINK_OUTBOX_RETRY_BASE", "PT0.2S");
    private static RunningServer server;
    private static WebhookReceiver receiver;

    /** The server under test, with {@link #SETTINGS}. */
    abstract RunningServer startServer();

    @BeforeAll
    void start() throws IOException {
        receiver = new WebhookReceiver();
        server = startServer();
    }

    @AfterAll
    void stop() {
        try {
            server.close();
        } finally {
            receiver.close();
        }
    }

    private static String owner() {
        return server.tokens().owner();
    }

    /** A new endpoint on a path of its own; returns the creation's answer (with the secret). */
    private static JsonNode endpoint(String path, String kind, String... events) {
        String list = String.join("\",\"", events);
        RunningServer.Reply reply = server.post("/api/teams/my-team/webhooks", owner(), "{\"url\":\""
                + receiver.url(path) + "\",\"events\":[\"" + list + "\"],\"description\":\"e2e " + kind
                + "\",\"kind\":\"" + kind + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static String ticket(String subject) {
        RunningServer.Reply reply = server.post("/api/support/my-team/tickets", server.tokens().member(),
                "{\"subject\":\"" + subject + "\",\"description\":\"Rien ne démarre\",\"category\":\"technical\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("ticket_id").asText();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean about(WebhookReceiver.Received received, String ticketId) {
        return received.body().contains(ticketId);
    }

    private static JsonNode deliveries(String webhookId) {
        RunningServer.Reply reply = server.get("/api/teams/my-team/webhooks/" + webhookId + "/deliveries", owner());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().path("deliveries");
    }

    private static JsonNode awaitLog(String webhookId, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode log = deliveries(webhookId);
        while (log.size() < count && System.nanoTime() < deadline) {
            sleep(100);
            log = deliveries(webhookId);
        }
        return log;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void events_arrive_signed_as_stripe_signs_and_the_internal_note_never_leaves() throws Exception {
        JsonNode created = endpoint("/signed", "webhook", "ticket.created", "ticket.replied");
        String secret = created.path("secret").asText();
        assertThat(secret).matches("whsec_[0-9a-f]{64}");
        assertThat(created.path("id").asText()).startsWith("whk_");

        String id = ticket("Signé");
        assertThat(server.post("/api/staff/tickets/" + id + "/messages", server.tokens().staff(),
                "{\"message\":\"INTERNAL-w3bh00k client Pro\",\"is_internal\":true}").status()).isEqualTo(201);
        assertThat(server.post("/api/staff/tickets/" + id + "/messages", server.tokens().staff(),
                "{\"message\":\"On regarde.\"}").status()).isEqualTo(201);

        List<WebhookReceiver.Received> got = receiver.await("/signed", r -> about(r, id), 2, WAIT);
        assertThat(got).hasSize(2);
        for (WebhookReceiver.Received received : got) {
            String header = received.header("Servelink-Signature");
            assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
            assertThat(Webhook.Signature.verifyHeader(received.body(), header, secret, 300)).isTrue();
            assertThatThrownBy(() -> Webhook.Signature.verifyHeader(received.body() + " ", header, secret, 300))
                    .isInstanceOf(SignatureVerificationException.class);
            assertThat(received.header("Content-Type")).isEqualTo("application/json");
        }
        got = got.stream().sorted(java.util.Comparator.comparing(r -> json(r.body()).path("type").asText()))
                .toList(); // delivered in parallel: ticket.created, then ticket.replied, by name
        JsonNode first = json(got.get(0).body());
        assertThat(first.path("id").asText()).startsWith("evt_");
        assertThat(first.path("type").asText()).isEqualTo("ticket.created");
        assertThat(first.path("created").isIntegralNumber()).isTrue();
        assertThat(first.path("created").asLong()).isCloseTo(Instant.now().getEpochSecond(),
                org.assertj.core.data.Offset.offset(60L));
        assertThat(first.path("data").path("ticket_id").asText()).isEqualTo(id);
        assertThat(first.path("data").path("subject").asText()).isEqualTo("Signé");
        JsonNode reply = json(got.get(1).body());
        assertThat(reply.path("type").asText()).isEqualTo("ticket.replied");
        assertThat(reply.path("data").path("text").asText()).isEqualTo("On regarde.");

        sleep(500); // anything more that was going to leave has left
        assertThat(receiver.received("/signed")).noneSatisfy(r -> assertThat(r.body()).contains("INTERNAL-w3bh00k"));
        assertThat(receiver.received("/signed")).filteredOn(r -> about(r, id))
                .extracting(r -> json(r.body()).path("type").asText()).doesNotContain("ticket.status_changed");

        JsonNode log = awaitLog(created.path("id").asText(), 2);
        assertThat(log.get(0).path("status_code").asInt()).isEqualTo(204);
        assertThat(log.get(0).path("delivered").asBoolean()).isTrue();
        assertThat(log.get(0).path("error").isNull()).isTrue();
        assertThat(log.get(0).path("latency_ms").isIntegralNumber()).isTrue();
        assertThat(log.get(0).path("event_id").asText()).startsWith("evt_");
    }

    @Test
    void a_failing_receiver_and_one_that_times_out_are_retried_until_they_come_back() {
        JsonNode created = endpoint("/flaky", "webhook", "ticket.created");
        String webhookId = created.path("id").asText();
        receiver.script("/flaky", 500, WebhookReceiver.SLOW, 503);
        String id = ticket("Instable");

        List<WebhookReceiver.Received> got = receiver.await("/flaky", r -> about(r, id), 4, WAIT);
        assertThat(got).hasSize(4);
        assertThat(got).extracting(r -> json(r.body()).path("id").asText()).containsOnly(
                json(got.get(0).body()).path("id").asText());

        JsonNode log = awaitLog(webhookId, 4);
        List<String> outcomes = new ArrayList<>();
        log.forEach(entry -> outcomes.add(entry.path("status_code").isNull() ? entry.path("error").asText()
                : entry.path("status_code").asText()));
        assertThat(outcomes).containsExactly("204", "503", "no answer within 5 s", "500");
        assertThat(log.get(2).path("latency_ms").asLong()).isGreaterThanOrEqualTo(4_900);
        assertThat(log.get(3).path("error").asText()).isEqualTo("HTTP 500");
        JsonNode listed = server.get("/api/teams/my-team/webhooks", owner()).json().path("webhooks");
        listed.forEach(webhook -> {
            if (webhook.path("id").asText().equals(webhookId)) {
                assertThat(webhook.path("failing_since").isNull()).as("a success ends the streak").isTrue();
                assertThat(webhook.path("enabled").asBoolean()).isTrue();
            }
        });
    }

    @Test
    void a_redirect_is_a_failure_and_is_not_followed() {
        JsonNode created = endpoint("/moved", "webhook", "ticket.created");
        receiver.script("/moved", WebhookReceiver.REDIRECT);
        String id = ticket("Déplacé");
        assertThat(receiver.await("/moved", r -> about(r, id), 2, WAIT)).hasSize(2);
        JsonNode log = awaitLog(created.path("id").asText(), 2);
        assertThat(log.get(1).path("status_code").asInt()).isEqualTo(302);
        assertThat(log.get(1).path("error").asText()).contains("redirects are not followed");
        assertThat(receiver.received("/redirected")).isEmpty();
    }

    @Test
    void slack_and_discord_receive_a_readable_message_with_a_link_unsigned() {
        endpoint("/slack", "slack", "ticket.created");
        endpoint("/discord", "discord", "ticket.created");
        String id = ticket("Base <lente> & *urgente*");

        WebhookReceiver.Received slack = receiver.await("/slack", r -> about(r, id), 1, WAIT).get(0);
        WebhookReceiver.Received discord = receiver.await("/discord", r -> about(r, id), 1, WAIT).get(0);
        String link = server.servelink().configuration().publicUrl() + "/teams/my-team/support/tickets/" + id;
        String text = json(slack.body()).path("text").asText();
        assertThat(text).contains("New ticket").contains("Base &lt;lente&gt; &amp; *urgente*")
                .contains("<" + link + "|Open the ticket>");
        assertThat(json(slack.body()).has("data")).isFalse();
        String content = json(discord.body()).path("content").asText();
        assertThat(content).contains("New ticket").contains("\\*urgente\\*").endsWith(link);
        assertThat(json(discord.body()).path("allowed_mentions").path("parse").isArray()).isTrue();
        assertThat(slack.header("Servelink-Signature")).isNull();
        assertThat(discord.header("Servelink-Signature")).isNull();
    }

    @Test
    void after_a_rotation_both_secrets_sign_for_24_hours() throws Exception {
        JsonNode created = endpoint("/rotated", "webhook", "ticket.created");
        String before = created.path("secret").asText();
        RunningServer.Reply rotated = server.post("/api/teams/my-team/webhooks/" + created.path("id").asText()
                + "/rotate-secret", owner(), "{}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String after = rotated.json().path("secret").asText();
        assertThat(after).matches("whsec_[0-9a-f]{64}").isNotEqualTo(before);
        assertThat(Instant.parse(rotated.json().path("previous_secret_expires_at").asText()))
                .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        String id = ticket("Rotation");
        WebhookReceiver.Received received = receiver.await("/rotated", r -> about(r, id), 1, WAIT).get(0);
        String header = received.header("Servelink-Signature");
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
        assertThat(Webhook.Signature.verifyHeader(received.body(), header, after, 300)).isTrue();
        assertThat(Webhook.Signature.verifyHeader(received.body(), header, before, 300)).isTrue();
        assertThat(server.get("/api/teams/my-team/webhooks", owner()).text()).doesNotContain(after)
                .doesNotContain(before);
    }

    @Test
    void a_logged_delivery_is_sent_again_on_request_with_the_same_event_id() {
        JsonNode created = endpoint("/again", "webhook", "ticket.created");
        String webhookId = created.path("id").asText();
        String id = ticket("Encore");
        assertThat(receiver.await("/again", r -> about(r, id), 1, WAIT)).hasSize(1);
        JsonNode logged = awaitLog(webhookId, 1).get(0);

        RunningServer.Reply queued = server.post("/api/teams/my-team/webhooks/" + webhookId + "/deliveries/"
                + logged.path("id").asText() + "/redeliver", owner(), "{}");
        assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
        assertThat(queued.json().path("event_id").asText()).isEqualTo(logged.path("event_id").asText());
        List<WebhookReceiver.Received> got = receiver.await("/again", r -> about(r, id), 2, WAIT);
        assertThat(got).hasSize(2);
        assertThat(json(got.get(1).body()).path("id").asText()).isEqualTo(logged.path("event_id").asText());
        assertThat(server.post("/api/teams/my-team/webhooks/" + webhookId + "/deliveries/whd_nope/redeliver",
                owner(), "{}").status()).isEqualTo(404);
    }

    @Test
    void twenty_four_hours_of_failures_disable_the_endpoint_and_tell_the_owners() throws SQLException {
        JsonNode created = endpoint("/dead", "webhook", "ticket.created");
        String webhookId = created.path("id").asText();
        try (Connection connection = server.servelink().database().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update webhook_endpoint set failing_since = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(25));
            update.setString(2, webhookId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        receiver.script("/dead", 500, 500, 500);
        String id = ticket("Mort");
        assertThat(receiver.await("/dead", r -> about(r, id), 1, WAIT)).hasSize(1);

        long deadline = System.nanoTime() + WAIT.toNanos();
        List<JsonNode> notices = disabledNotices(webhookId);
        while (notices.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            notices = disabledNotices(webhookId);
        }
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("url").asText()).isEqualTo(receiver.url("/dead"));
        assertThat(notices.get(0).path("team_slug").asText()).isEqualTo("my-team");
        assertThat(notices.get(0).path("failing_since").asText()).isNotBlank();
        JsonNode listed = find(webhookId);
        assertThat(listed.path("enabled").asBoolean()).isFalse();

        sleep(800); // no retry of a disabled endpoint's delivery
        assertThat(receiver.received("/dead")).filteredOn(r -> about(r, id)).hasSize(1);

        RunningServer.Reply enabled = server.post("/api/teams/my-team/webhooks/" + webhookId + "/enable", owner(),
                "{}");
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(enabled.json().path("enabled").asBoolean()).isTrue();
        assertThat(enabled.json().path("failing_since").isNull()).isTrue();
    }

    private static JsonNode find(String webhookId) {
        for (JsonNode webhook : server.get("/api/teams/my-team/webhooks", owner()).json().path("webhooks")) {
            if (webhook.path("id").asText().equals(webhookId)) {
                return webhook;
            }
        }
        throw new AssertionError("no webhook " + webhookId);
    }

    private static List<JsonNode> disabledNotices(String webhookId) {
        try (Connection connection = server.servelink().database().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select data from outbox_event where event_type = 'webhook.disabled'")) {
            List<JsonNode> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode data = json(rows.getString(1));
                    if (data.path("webhook_id").asText().equals(webhookId)) {
                        found.add(data);
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void owners_manage_endpoints_members_are_refused_and_a_deleted_one_receives_nothing() {
        JsonNode created = endpoint("/gone-" + UUID.randomUUID(), "webhook", "ticket.created");
        String webhookId = created.path("id").asText();
        assertThat(server.get("/api/teams/my-team/webhooks", server.tokens().member()).status()).isEqualTo(403);
        assertThat(server.post("/api/teams/my-team/webhooks", server.tokens().member(),
                "{\"url\":\"https://example.com/\",\"events\":[\"ticket.created\"]}").status()).isEqualTo(403);
        assertThat(server.delete("/api/teams/my-team/webhooks/" + webhookId, server.tokens().member()).status())
                .isEqualTo(403);
        JsonNode listed = find(webhookId);
        assertThat(listed.has("secret")).isFalse();
        assertThat(listed.path("kind").asText()).isEqualTo("webhook");
        assertThat(listed.path("description").asText()).isEqualTo("e2e webhook");

        RunningServer.Reply deleted = server.delete("/api/teams/my-team/webhooks/" + webhookId, owner());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(server.delete("/api/teams/my-team/webhooks/" + webhookId, owner()).status()).isEqualTo(404);
        assertThat(server.get("/api/teams/my-team/webhooks", owner()).text()).doesNotContain(webhookId);
    }

    @Test
    void bad_bodies_are_refused_naming_the_field() {
        RunningServer.Reply noEvents = server.post("/api/teams/my-team/webhooks", owner(),
                "{\"url\":\"https://example.com/\",\"events\":[]}");
        assertThat(noEvents.status()).isEqualTo(422);
        assertThat(noEvents.text()).contains("\"events\"");
        RunningServer.Reply unsubscribable = server.post("/api/teams/my-team/webhooks", owner(),
                "{\"url\":\"https://example.com/\",\"events\":[\"webhook.disabled\"]}");
        assertThat(unsubscribable.status()).isEqualTo(422);
        RunningServer.Reply notArray = server.post("/api/teams/my-team/webhooks", owner(),
                "{\"url\":\"https://example.com/\",\"events\":\"ticket.created\"}");
        assertThat(notArray.status()).isEqualTo(422);
        assertThat(notArray.text()).contains("\"events\"");
        RunningServer.Reply badKind = server.post("/api/teams/my-team/webhooks", owner(),
                "{\"url\":\"https://example.com/\",\"events\":[\"ticket.created\"],\"kind\":\"teams\"}");
        assertThat(badKind.status()).isEqualTo(422);
        assertThat(badKind.text()).contains("\"kind\"");
        RunningServer.Reply noUrl = server.post("/api/teams/my-team/webhooks", owner(),
                "{\"events\":[\"ticket.created\"]}");
        assertThat(noUrl.status()).isEqualTo(422);
        assertThat(noUrl.text()).contains("\"url\"");
    }
}
