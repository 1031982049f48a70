package com.servelink.adapter.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.servelink.application.port.out.NotificationMailer.Mail;
import com.servelink.application.port.out.NotificationMailer.Sent;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.team.TeamId;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The real messages, as a GreenMail SMTP server receives them. */
class SmtpNotificationMailerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
    private static final String PAGE = "https://billing.example.com/teams/acme/support/tickets/ticket_01";
    private static final String UNSUBSCRIBE = "https://billing.example.com/unsubscribe/abc.def";

    private GreenMail greenMail;
    private SmtpNotificationMailer mailer;

    @BeforeEach
    void startServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        mailer = new SmtpNotificationMailer(settings(greenMail.getSmtp().getPort()), CLOCK);
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
    }

    private static SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(), "notifications@example.com",
                false, Duration.ofSeconds(5));
    }

    private static OutboxEvent reply(String text) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("team_id", "team_acme");
        data.put("team_slug", "acme");
        data.put("team_name", "Acme <b>Corp</b>");
        data.put("ticket_id", "ticket_01");
        data.put("subject", "Database down");
        data.put("priority", "urgent");
        data.put("status", "waiting_on_customer");
        data.put("category", "technical");
        data.put("message_id", "msg_01");
        data.put("author_type", "support");
        data.put("text", text);
        return new OutboxEvent("evt_01", "ticket.replied", CLOCK.instant(), Optional.of(new TeamId("team_acme")), data);
    }

    private static Mail mail(Language language, OutboxEvent event) {
        return new Mail("ada@example.com", "Ada", language, NotificationCategory.TICKET_REPLIES, event, PAGE,
                UNSUBSCRIBE);
    }

    private MimeMessage onlyMessage() {
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void anEnglishMessageHasATextAndAnHtmlPartWithTheLinksAndTheOneClickHeaders() throws Exception {
        assertThat(mailer.send(mail(Language.EN, reply("Restarted, please check.")))).isEqualTo(Sent.accepted());

        MimeMessage message = onlyMessage();
        assertThat(message.getSubject()).isEqualTo("[Servelink] New reply on ticket ticket_01: Database down");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("Ada <ada@example.com>");
        assertThat(message.getFrom()[0].toString()).isEqualTo("notifications@example.com");
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<" + UNSUBSCRIBE + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        assertThat(((Multipart) message.getContent()).getCount()).isEqualTo(2);

        String text = part(message, "text/plain");
        assertThat(text).contains("Hello Ada,", "Support replied to ticket ticket_01", "> Restarted, please check.",
                "View the ticket: " + PAGE, "Unsubscribe from these e-mails: " + UNSUBSCRIBE);
        String html = part(message, "text/html");
        assertThat(html).contains("<html lang=\"en\">", "<a href=\"" + PAGE + "\">View the ticket</a>",
                "<a href=\"" + UNSUBSCRIBE + "\">Unsubscribe from these e-mails</a>", "Restarted, please check.");
    }

    @Test
    void aFrenchMessageIsWrittenInFrench() throws Exception {
        mailer.send(mail(Language.FR, reply("Redémarré, merci de vérifier.")));

        MimeMessage message = onlyMessage();
        assertThat(message.getSubject()).isEqualTo("[Servelink] Nouvelle réponse au ticket ticket_01 : Database down");
        assertThat(part(message, "text/plain")).contains("Bonjour Ada,", "Le support a répondu au ticket ticket_01",
                "Redémarré, merci de vérifier.", "Voir le ticket: " + PAGE,
                "Ne plus recevoir ces e-mails: " + UNSUBSCRIBE);
        assertThat(part(message, "text/html")).contains("<html lang=\"fr\">", ">Voir le ticket</a>");
    }

    @Test
    void theHtmlPartEscapesWhatTheEventCarries() throws Exception {
        mailer.send(mail(Language.EN, reply("<script>alert(1)</script>")));

        String html = part(onlyMessage(), "text/html");
        assertThat(html).doesNotContain("<script>", "<b>Corp</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Acme &lt;b&gt;Corp&lt;/b&gt;");
    }

    @Test
    void aSubjectNeverSpansTwoHeaderLines() throws Exception {
        OutboxEvent event = reply("text");
        Map<String, Object> data = new LinkedHashMap<>(event.data());
        data.put("subject", "Down\r\nBcc: victim@example.com");
        mailer.send(mail(Language.EN, new OutboxEvent(event.id(), event.type(), event.occurredAt(), event.teamId(),
                data)));

        MimeMessage message = onlyMessage();
        assertThat(message.getSubject()).isEqualTo("[Servelink] New reply on ticket ticket_01: Down Bcc: victim@example.com");
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getAllRecipients()).hasSize(1);
    }

    @Test
    void aServerThatIsDownIsATransientFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Sent sent = new SmtpNotificationMailer(settings(closedPort), CLOCK).send(mail(Language.EN, reply("x")));

        assertThat(sent.status()).isEqualTo(Sent.Status.TRANSIENT_FAILURE);
        assertThat(sent.detail()).contains("127.0.0.1:" + closedPort);
    }

    @Test
    void aServerThatNeverAnswersTimesOutInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) { // accepts connections, never greets
            SmtpSettings quick = new SmtpSettings("127.0.0.1", silent.getLocalPort(), Optional.empty(),
                    Optional.empty(), "notifications@example.com", false, Duration.ofMillis(500));
            long start = System.nanoTime();
            Sent sent = new SmtpNotificationMailer(quick, CLOCK).send(mail(Language.EN, reply("x")));

            assertThat(sent.status()).isEqualTo(Sent.Status.TRANSIENT_FAILURE);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }


    /** A server that accepts the sender and answers {@code rcptReply} to the recipient. */
    private static Thread refusingServer(ServerSocket socket, String rcptReply) {
        Thread thread = new Thread(() -> {
            try (var connection = socket.accept();
                 var in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                         StandardCharsets.US_ASCII));
                 var out = new PrintWriter(connection.getOutputStream(), true,
                         StandardCharsets.US_ASCII)) {
                out.print("220 test ready\r\n");
                out.flush();
                for (String line; (line = in.readLine()) != null; ) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                    String reply = switch (command) {
                        case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> "250 ok";
                        case "RCPT" -> rcptReply;
                        case "QUIT" -> "221 bye";
                        default -> "502 not here";
                    };
                    out.print(reply + "\r\n");
                    out.flush();
                    if (command.equals("QUIT")) {
                        return;
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "550 5.1.1 no such user, REFUSED",
            "553 mailbox name not allowed, REFUSED",
            "451 4.3.0 try again later, TRANSIENT_FAILURE",
            "452 4.2.2 mailbox full, TRANSIENT_FAILURE"})
    void aRecipientRefusedWithA5xxIsFinalAndWithA4xxWorthRetrying(String reply, Sent.Status expected)
            throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            refusingServer(socket, reply);
            Sent sent = new SmtpNotificationMailer(settings(socket.getLocalPort()), CLOCK)
                    .send(mail(Language.EN, reply("x")));

            assertThat(sent.status()).isEqualTo(expected);
            assertThat(sent.detail()).contains(reply.substring(0, 3));
        }
    }

    @Test
    void anAddOnExpiryNamesTheAddOnAndItsDateInTheSubject() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("team_id", "team_acme");
        data.put("team_slug", "acme");
        data.put("team_name", "Acme");
        data.put("resource_id", "res_42");
        data.put("resource_type", "ram");
        data.put("quantity", 2);
        data.put("expires_at", "2026-12-10T05:00:00Z");
        OutboxEvent event = new OutboxEvent("evt_02", "addon.expiring", CLOCK.instant(),
                Optional.of(new TeamId("team_acme")), data);
        mailer.send(new Mail("owner@example.com", "Olga", Language.EN, NotificationCategory.ADDON_EXPIRY, event,
                "https://billing.example.com/teams/acme/addons", UNSUBSCRIBE));

        MimeMessage message = onlyMessage();
        assertThat(message.getSubject())
                .isEqualTo("[Servelink] Your add-on ram × 2 (res_42) expires on December 10, 2026 at 05:00 UTC");
        assertThat(part(message, "text/plain")).contains("https://billing.example.com/teams/acme/addons");
    }

    @Test
    void the_notice_of_an_add_on_with_auto_renewal_says_it_will_be_renewed_and_charged() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("team_id", "team_acme");
        data.put("team_slug", "acme");
        data.put("team_name", "Acme");
        data.put("resource_id", "res_43");
        data.put("resource_type", "cpu");
        data.put("quantity", 1);
        data.put("expires_at", "2026-12-10T05:00:00Z");
        data.put("auto_renew", true);
        OutboxEvent event = new OutboxEvent("evt_03", "addon.expiring", CLOCK.instant(),
                Optional.of(new TeamId("team_acme")), data);
        mailer.send(new Mail("owner@example.com", "Olga", Language.FR, NotificationCategory.ADDON_EXPIRY, event,
                "https://billing.example.com/teams/acme/addons", UNSUBSCRIBE));

        MimeMessage message = onlyMessage();
        assertThat(message.getSubject()).startsWith("[Servelink] Votre option cpu × 1 (res_43) sera renouvelée le");
        assertThat(part(message, "text/plain")).contains("renouvellement automatique").contains("30 jours de plus")
                .contains("Désactivez-le");
    }
}
