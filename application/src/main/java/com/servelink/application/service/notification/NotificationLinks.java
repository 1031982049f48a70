package com.servelink.application.service.notification;

import com.servelink.application.port.out.OutboxEvent;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.team.UserId;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The absolute links of an e-mail: the page the event is about (the staff's ticket page for
 * staff, the team's pages for its members) and the signed one-click unsubscribe link.
 */
public final class NotificationLinks {
    /** Path of the unsubscribe page and its one-click {@code POST}, followed by the token. */
    public static final String UNSUBSCRIBE_PATH = "/unsubscribe/";

    private final Supplier<String> publicUrl;
    private final UnsubscribeTokens tokens;

    public NotificationLinks(Supplier<String> publicUrl, UnsubscribeTokens tokens) {
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    public String page(OutboxEvent event, boolean staff) {
        EventType type = EventType.byCode(event.type()).orElseThrow();
        String team = "/teams/" + segment(event.text("team_slug").orElse(""));
        String path = switch (type) {
            case TICKET_CREATED, TICKET_REPLIED, TICKET_STATUS_CHANGED, TICKET_SLA_WARNING, TICKET_SLA_BREACHED -> {
                String ticket = segment(event.text("ticket_id").orElse(""));
                yield staff ? "/staff/tickets/" + ticket : team + "/support/tickets/" + ticket;
            }
            case ADDON_ACTIVATED, ADDON_EXPIRING, ADDON_EXPIRED, PAYMENT_COMPLETED, PAYMENT_FAILED -> team + "/addons";
            case USAGE_ALERT, WEBHOOK_DISABLED -> team + "/dashboard";
        };
        return publicUrl.get() + path;
    }

    public String unsubscribe(UserId user, NotificationCategory category) {
        return publicUrl.get() + UNSUBSCRIBE_PATH + tokens.sign(user, category);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
