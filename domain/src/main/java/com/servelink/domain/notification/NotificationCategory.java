package com.servelink.domain.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a user can turn on or off among the e-mails the platform sends, by the field name of the
 * preferences ({@code ticket_replies}); every e-mail belongs to exactly one category, so every
 * e-mail can carry its one-click unsubscribe link.
 */
public enum NotificationCategory {
    TICKET_REPLIES("ticket_replies"),
    TICKET_STATUS("ticket_status"),
    NEW_TICKETS("new_tickets"),
    SLA("sla"),
    ADDON_EXPIRY("addon_expiry"),
    PAYMENTS("payments"),
    USAGE_ALERTS("usage_alerts"),
    WEBHOOKS("webhooks");

    private final String code;

    NotificationCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<NotificationCategory> byCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }

    /** The category an event's e-mail belongs to; empty for the events no e-mail is sent for. */
    public static Optional<NotificationCategory> of(EventType type) {
        return Optional.ofNullable(switch (type) {
            case TICKET_CREATED -> NEW_TICKETS;
            case TICKET_REPLIED -> TICKET_REPLIES;
            case TICKET_STATUS_CHANGED -> TICKET_STATUS;
            case TICKET_SLA_WARNING, TICKET_SLA_BREACHED -> SLA;
            case ADDON_EXPIRING -> ADDON_EXPIRY;
            case PAYMENT_COMPLETED, PAYMENT_FAILED -> PAYMENTS;
            case USAGE_ALERT -> USAGE_ALERTS;
            case WEBHOOK_DISABLED -> WEBHOOKS;
            case ADDON_ACTIVATED, ADDON_EXPIRED -> null;
        });
    }

    public static List<NotificationCategory> all() {
        return List.of(values());
    }
}
