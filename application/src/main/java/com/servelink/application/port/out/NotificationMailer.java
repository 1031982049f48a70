package com.servelink.application.port.out;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;

import java.util.Objects;

/**
 * Sends one notification e-mail, written from the event's data only, in the recipient's
 * language, with the link to the page and the one-click unsubscribe link.
 */
public interface NotificationMailer {
    /**
     * @param pageUrl        absolute URL of the page the event is about
     * @param unsubscribeUrl absolute URL of the signed one-click unsubscribe link of {@code category}
     */
    record Mail(String address, String name, Language language, NotificationCategory category, OutboxEvent event,
                String pageUrl, String unsubscribeUrl) {
        public Mail {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(pageUrl, "pageUrl");
            Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        }
    }

    /** How a send ended: accepted by the server, failed for now (worth retrying), or refused for good. */
    record Sent(Status status, String detail) {
        public enum Status { ACCEPTED, TRANSIENT_FAILURE, REFUSED }

        public static Sent accepted() {
            return new Sent(Status.ACCEPTED, "");
        }
    }

    /** Never throws for a failure of the mail server: it says so in the result. */
    Sent send(Mail mail);
}
