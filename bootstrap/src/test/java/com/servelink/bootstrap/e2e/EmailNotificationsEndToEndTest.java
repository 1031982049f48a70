package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.servelink.bootstrap.config.MailSettings;
import com.servelink.bootstrap.config.OutboxTuning;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mails as a real SMTP server (GreenMail) receives them while the API is used: who gets
 * which, the links, the one-click unsubscribe, the preferences routes, an SMTP server that is
 * down, and never an internal note.
 */
class EmailNotificationsEndToEndTest {
    private static int smtpPort;
    private static GreenMail greenMail;
    private static RunningServer server;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        greenMail = startSmtp();
        server = RunningServer.h2(Map.of(
                MailSettings.HOST, "127.0.0.1",
                MailSettings.PORT, Integer.toString(smtpPort),
                MailSettings.FROM, "notifications@servelink.test",
                MailSettings.STARTTLS, "false",
                OutboxTuning.POLL_INTERVAL, "PT0.1S",
                OutboxTuning.RETRY_BASE, "PT0.2S"));
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    @AfterAll
    static void stop() {
        try {
            server.close();
        } finally {
            greenMail.stop();
        }
    }

    private record Received(String to, String subject, String text, String html, MimeMessage message) {
        boolean mentions(String marker) {
            return subject.contains(marker) || text.contains(marker) || html.contains(marker);
        }
    }

    private static List<Received> received() {
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                String text = "";
                String html = "";
                Multipart parts = (Multipart) message.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
                all.add(new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getSubject(), text, html, message));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    /** The messages matching, once there are {@code count} of them (at most 15 s). */
    private static List<Received> await(Predicate<Received> which, int count) {
        Instant deadline = Instant.now().plusSeconds(15);
        List<Received> found;
        do {
            found = received().stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("expected " + count + " messages, got " + found + " among " + received());
    }

    /** The base of the links: the default public URL of the port bound. */
    private static String publicUrl() {
        return "http://localhost:" + server.servelink().port();
    }

    private static String unsubscribeUrl(Received mail) throws MessagingException {
        String header = mail.message().getHeader("List-Unsubscribe")[0];
        return header.substring(1, header.length() - 1);
    }

    private static String ticket(String subject) {
        JsonNode created = server.post("/api/support/my-team/tickets", server.tokens().member(),
                "{\"subject\":\"" + subject + "\",\"description\":\"Rien ne démarre\",\"category\":\"technical\"}")
                .json();
        return created.path("ticket_id").asText();
    }

    @Test
    void a_ticket_s_life_mails_the_staff_and_the_team_and_never_the_internal_note() {
        String id = ticket("E2E-life");
        List<Received> created = await(mail -> mail.subject().contains("E2E-life"), 1);
        assertThat(created).extracting(Received::to).containsExactly("Demo support <support@servelink.com>");
        assertThat(created.get(0).subject()).isEqualTo("[Servelink] Nouveau ticket high " + id + " : E2E-life");
        assertThat(created.get(0).text()).contains(publicUrl() + "/staff/tickets/" + id);

        server.post("/api/staff/tickets/" + id + "/messages", server.tokens().staff(),
                "{\"message\":\"INTERNAL-e2e-91c client Pro, voir facture\",\"is_internal\":true}");
        server.post("/api/staff/tickets/" + id + "/messages", server.tokens().staff(),
                "{\"message\":\"AFTER-NOTE on regarde\"}");
        List<Received> replies = await(mail -> mail.text().contains("AFTER-NOTE"), 2);
        assertThat(replies).extracting(Received::to).containsExactlyInAnyOrder(
                "Demo owner <owner@example.com>", "Demo member <member@example.com>");
        assertThat(replies.get(0).text()).contains(publicUrl() + "/teams/my-team/support/tickets/" + id);

        server.post("/api/support/my-team/tickets/" + id + "/messages", server.tokens().member(),
                "{\"message\":\"MEMBER-REPLY merci\"}");
        List<Received> memberReply = await(mail -> mail.text().contains("MEMBER-REPLY"), 1);
        assertThat(memberReply).extracting(Received::to).containsExactly("Demo owner <owner@example.com>");

        assertThat(received()).noneMatch(mail -> mail.mentions("INTERNAL-e2e-91c"));
    }

    @Test
    void the_one_click_link_turns_its_category_off_without_signing_in_and_a_forged_one_changes_nothing()
            throws Exception {
        String payment = decline("cpu");
        Received failed = await(mail -> mail.subject().contains(payment) && mail.to().contains("owner@"), 1).get(0);
        String link = unsubscribeUrl(failed);
        assertThat(failed.text()).contains(link);
        assertThat(link).startsWith(publicUrl() + "/unsubscribe/");
        String path = link.substring(publicUrl().length());

        var page = server.send(server.request(path).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("owner@example.com", "<form method=\"post\"");
        assertThat(preferences(server.tokens().owner()).path("payments").asBoolean()).isTrue();

        String token = path.substring("/unsubscribe/".length());
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))))
                        .replace("payments", "sla").getBytes()) + token.substring(token.indexOf('.'));
        for (String bad : List.of(forged, token + "x", "nothing")) {
            assertThat(oneClick("/unsubscribe/" + bad).status()).as(bad).isEqualTo(400);
        }
        assertThat(preferences(server.tokens().owner()).path("sla").asBoolean()).isTrue();
        assertThat(preferences(server.tokens().owner()).path("payments").asBoolean()).isTrue();

        assertThat(oneClick(path).status()).isEqualTo(200);
        assertThat(oneClick(path).status()).as("replayed").isEqualTo(200);
        JsonNode after = preferences(server.tokens().owner());
        assertThat(after.path("payments").asBoolean()).isFalse();
        assertThat(after.path("sla").asBoolean()).isTrue();

        String second = decline("ram");
        assertThat(emailTargetsOnceFannedOut(second)).as("the owner turned payments off; the team has no admin")
                .isEmpty();
        assertThat(received()).noneMatch(mail -> mail.subject().contains(second));
    }

    /** The e-mail targets of the event that mentions {@code marker}, once it is fanned out (at most 15 s). */
    private static List<String> emailTargetsOnceFannedOut(String marker) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = server.servelink().database().dataSource().getConnection();
                 PreparedStatement select = connection.prepareStatement("""
                         select e.fanned_out_at, d.target from outbox_event e
                         left join outbox_delivery d on d.event_id = e.id and d.channel = 'email'
                         where e.data like ?""")) {
                select.setString(1, "%" + marker + "%");
                List<String> targets = new ArrayList<>();
                boolean fannedOut = false;
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        fannedOut = row.getObject(1) != null;
                        if (row.getString(2) != null) {
                            targets.add(row.getString(2));
                        }
                    }
                }
                if (fannedOut) {
                    return targets;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the event of " + marker + " was not fanned out");
    }

    private static String decline(String type) {
        JsonNode purchase = server.post("/api/resources/my-team/purchase", server.tokens().owner(),
                "{\"resource_type\":\"" + type + "\",\"quantity\":1}").json();
        String id = purchase.path("payment_id").asText();
        server.send(server.request("/sandbox/checkout/" + id + "/decline").POST(HttpRequest.BodyPublishers.noBody())
                .build());
        return id;
    }

    private static RunningServer.Reply oneClick(String path) {
        return server.send(server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
    }

    private static JsonNode preferences(String token) {
        var reply = server.get("/api/me/notifications", token);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private static RunningServer.Reply put(String token, String json) {
        return server.send(RunningServer.authorised(server.request("/api/me/notifications"), token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void preferences_default_to_on_change_field_by_field_and_refuse_unknown_fields_and_wrong_types() {
        String staff = server.tokens().staff();
        JsonNode defaults = preferences(staff);
        assertThat(defaults.properties()).extracting(Map.Entry::getKey).containsExactly("ticket_replies",
                "ticket_status", "new_tickets", "sla", "addon_expiry", "payments", "usage_alerts", "webhooks",
                "language");
        assertThat(defaults.path("sla").asBoolean()).isTrue();
        assertThat(defaults.path("language").asText()).isEqualTo("fr");

        var changed = put(staff, "{\"sla\":false,\"language\":\"en\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("sla").asBoolean()).isFalse();
        assertThat(changed.json().path("new_tickets").asBoolean()).isTrue();
        assertThat(changed.json().path("language").asText()).isEqualTo("en");

        for (String[] refused : List.of(new String[]{"{\"sla\":true,\"slaa\":false}", "slaa"},
                new String[]{"{\"sla\":\"yes\"}", "sla"}, new String[]{"{\"language\":\"de\"}", "language"},
                new String[]{"{\"language\":1}", "language"}, new String[]{"{\"new_tickets\":null}", "new_tickets"})) {
            var reply = put(staff, refused[0]);
            assertThat(reply.status()).as(refused[0]).isEqualTo(422);
            assertThat(reply.json().path("errors").findValuesAsText("field")).as(refused[0]).contains(refused[1]);
        }
        assertThat(put(staff, "not json").status()).isEqualTo(400);
        assertThat(preferences(staff)).isEqualTo(changed.json());
        assertThat(server.get("/api/me/notifications", null).status()).isEqualTo(401);
        // as the other tests expect the staff's mails: in French, SLA on
        assertThat(put(staff, "{\"sla\":true,\"language\":\"fr\"}").status()).isEqualTo(200);
    }

    @Test
    void a_mail_server_that_is_down_is_retried_until_it_comes_back() throws Exception {
        greenMail.stop();
        try {
            String id = ticket("E2E-down");
            awaitFailedAttempt(id);
        } finally {
            greenMail = startSmtp();
        }
        List<Received> late = await(mail -> mail.subject().contains("E2E-down"), 1);
        assertThat(late).extracting(Received::to).containsExactly("Demo support <support@servelink.com>");
    }


    @Test
    void an_add_on_expiring_within_three_days_is_announced_once_to_the_owners_and_admins() throws Exception {
        JsonNode purchase = server.post("/api/resources/my-team/purchase", server.tokens().owner(),
                "{\"resource_type\":\"storage\",\"quantity\":3}").json();
        String resource = purchase.path("resource_id").asText();
        server.send(server.request("/sandbox/checkout/" + purchase.path("payment_id").asText() + "/pay")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        try (Connection connection = server.servelink().database().dataSource().getConnection();
             PreparedStatement soon = connection.prepareStatement(
                     "update additional_resource set expires_at = ? where id = ? and status = 'active'")) {
            soon.setObject(1, Instant.now().plus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC));
            soon.setString(2, resource);
            assertThat(soon.executeUpdate()).isEqualTo(1);
        }
        String run = "/api/admin/jobs/notify_expiring_addons/run";

        assertThat(server.post(run, RunningServer.ADMIN_TOKEN, "").json().path("affected").asInt()).isEqualTo(1);
        assertThat(server.post(run, RunningServer.ADMIN_TOKEN, "").json().path("affected").asInt())
                .as("run again").isZero();

        List<Received> expiring = await(mail -> mail.subject().contains(resource), 1);
        assertThat(expiring).extracting(Received::to).containsExactly("Demo owner <owner@example.com>");
        assertThat(expiring.get(0).subject()).startsWith("[Servelink] Votre option storage × 3 (" + resource
                + ") expire le ");
        assertThat(expiring.get(0).text()).contains(publicUrl() + "/teams/my-team/addons");
    }


    @Test
    void the_preferences_page_shows_and_saves_the_same_preferences_as_the_api() {
        PageClient browser = new PageClient(server.base());
        browser.signIn(server.tokens().member());
        var page = browser.get("/account/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("name=\"ticket_status\"", "name=\"language\"");

        // every box but ticket replies and usage alerts checked; English
        var saved = browser.submit("/account/notifications", "/account/notifications", Map.of(
                "ticket_status", "on", "new_tickets", "on", "sla", "on", "addon_expiry", "on", "payments", "on",
                "webhooks", "on", "language", "en"));
        assertThat(saved.status()).isEqualTo(303);
        JsonNode chosen = preferences(server.tokens().member());
        assertThat(chosen.path("ticket_replies").asBoolean()).isFalse();
        assertThat(chosen.path("usage_alerts").asBoolean()).isFalse();
        assertThat(chosen.path("ticket_status").asBoolean()).isTrue();
        assertThat(chosen.path("language").asText()).isEqualTo("en");
        assertThat(browser.post("/account/notifications", Map.of("ticket_replies", "on")).status())
                .as("without the anti-forgery token").isEqualTo(403);

        // as the other tests expect the member's mails: everything on, in French
        assertThat(put(server.tokens().member(), "{\"ticket_replies\":true,\"usage_alerts\":true,"
                + "\"language\":\"fr\"}").status()).isEqualTo(200);
    }

    /** Waits until an e-mail delivery of the ticket's event has failed at least once. */
    private static void awaitFailedAttempt(String ticketId) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = server.servelink().database().dataSource().getConnection();
                 PreparedStatement select = connection.prepareStatement("""
                         select d.attempts, d.state, d.last_error from outbox_delivery d
                         join outbox_event e on e.id = d.event_id
                         where d.channel = 'email' and e.event_type = 'ticket.created' and e.data like ?
                         and d.last_error is not null""")) {
                select.setString(1, "%" + ticketId + "%");
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getInt(1) >= 1) {
                        assertThat(row.getString(2)).isEqualTo("pending");
                        assertThat(row.getString(3)).contains("127.0.0.1:" + smtpPort);
                        return;
                    }
                }
            }
            Thread.sleep(Duration.ofMillis(50).toMillis());
        }
        throw new AssertionError("no failed attempt recorded; mails: " + Arrays.toString(greenMail.getReceivedMessages()));
    }
}
