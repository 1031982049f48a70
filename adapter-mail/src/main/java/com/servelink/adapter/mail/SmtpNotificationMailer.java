package com.servelink.adapter.mail;

import com.servelink.application.port.out.NotificationMailer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends the notifications over SMTP with Jakarta Mail (Eclipse Angus): one message per mail,
 * {@code multipart/alternative} with a plain-text and an HTML part from the precompiled
 * templates, and the one-click unsubscribe headers of RFC 8058. A refusal with a 5xx reply for
 * the address or the message is final; anything else (no connection, a timeout, a 4xx) is worth
 * retrying.
 */
public final class SmtpNotificationMailer implements NotificationMailer {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotificationMailer.class);
    private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "com.servelink.adapter.mail.jte.html");
    private static final TemplateEngine TEXT = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
            "com.servelink.adapter.mail.jte.text");

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    public SmtpNotificationMailer(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(properties);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("the sender " + settings.from() + " is not an e-mail address", e);
        }
    }

    @Override
    public Sent send(Mail mail) {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new Sent(Sent.Status.REFUSED, "the message could not be written: " + e.getMessage());
        }
        try {
            if (settings.username().isPresent()) {
                Transport.send(message, settings.username().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
            return Sent.accepted();
        } catch (SendFailedException e) {
            int code = replyCode(e);
            String detail = "SMTP " + (code == 0 ? "refused" : code) + ": " + e.getMessage();
            if (code >= 500) {
                LOG.info("mail to {} refused for good ({})", mail.address(), detail);
                return new Sent(Sent.Status.REFUSED, detail);
            }
            return new Sent(Sent.Status.TRANSIENT_FAILURE, detail);
        } catch (MessagingException e) {
            return new Sent(Sent.Status.TRANSIENT_FAILURE, "SMTP " + settings.host() + ":" + settings.port() + ": "
                    + e.getMessage());
        }
    }

    /** The message as it is sent: from the view in the recipient's language, both parts, the headers. */
    MimeMessage message(Mail mail) throws MessagingException, UnsupportedEncodingException {
        MailView view = MailTexts.view(mail);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address(),
                MailTexts.oneLine(mail.name()), StandardCharsets.UTF_8.name()));
        message.setSubject(view.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", view.language());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(render(TEXT, view), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(render(HTML, view), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static String render(TemplateEngine engine, MailView view) {
        StringOutput output = new StringOutput();
        engine.render("notification.jte", view, output);
        return output.toString();
    }

    /** The SMTP reply code of a refusal (of the address, or of the message), 0 when there is none. */
    private static int replyCode(SendFailedException e) {
        Exception next = e;
        while (next != null) {
            if (next instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (next instanceof SMTPSendFailedException send) {
                return send.getReturnCode();
            }
            next = next instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return 0;
    }
}
