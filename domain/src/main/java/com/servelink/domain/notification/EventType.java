package com.servelink.domain.notification;

import com.servelink.domain.shared.DomainException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The events that leave the platform (e-mail, webhooks, Slack), by their public names. The data
 * each one carries (snake_case keys, ids in their prefixed form, instants in ISO-8601 UTC):
 * <ul>
 * <li>every event: {@code team_id}, {@code team_slug}, {@code team_name};</li>
 * <li>{@code ticket.*}: {@code ticket_id}, {@code subject}, {@code priority}, {@code status},
 * {@code category}; {@code ticket.created} adds {@code description} and {@code created_by} (user id);
 * {@code ticket.replied} adds {@code message_id}, {@code author_type} ({@code user},
 * {@code support} or {@code system}), {@code author_id} (absent for {@code system}) and
 * {@code text} (public messages only: an internal note is never an event);
 * {@code ticket.status_changed} adds {@code from} and {@code to};
 * {@code ticket.sla_warning} and {@code ticket.sla_breached} add {@code target}
 * ({@code first_response}, {@code next_response}, {@code resolution}) and {@code due_at};</li>
 * <li>{@code addon.*}: {@code resource_id}, {@code resource_type}, {@code quantity},
 * {@code expires_at};</li>
 * <li>{@code payment.*}: {@code payment_id}, {@code resource_id}, {@code amount} (decimal string),
 * {@code currency};</li>
 * <li>{@code usage.alert}: {@code alert_id}, {@code metric}, {@code level}, {@code month};</li>
 * <li>{@code webhook.disabled} (e-mail to the team's owners and admins only; endpoints cannot
 * subscribe to it): {@code webhook_id}, {@code url}, {@code description}, {@code failing_since}.</li>
 * </ul>
 */
public enum EventType {
    TICKET_CREATED("ticket.created"),
    TICKET_REPLIED("ticket.replied"),
    TICKET_STATUS_CHANGED("ticket.status_changed"),
    TICKET_SLA_WARNING("ticket.sla_warning"),
    TICKET_SLA_BREACHED("ticket.sla_breached"),
    ADDON_ACTIVATED("addon.activated"),
    ADDON_EXPIRING("addon.expiring"),
    ADDON_EXPIRED("addon.expired"),
    PAYMENT_COMPLETED("payment.completed"),
    PAYMENT_FAILED("payment.failed"),
    USAGE_ALERT("usage.alert"),
    WEBHOOK_DISABLED("webhook.disabled", false);

    private final String code;
    private final boolean subscribable;

    EventType(String code) {
        this(code, true);
    }

    EventType(String code, boolean subscribable) {
        this.code = code;
        this.subscribable = subscribable;
    }

    /** Whether a webhook endpoint may subscribe to it. */
    public boolean subscribable() {
        return subscribable;
    }

    public String code() {
        return code;
    }

    public static Optional<EventType> byCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    public static EventType fromCode(String code, String field) {
        return byCode(code).orElseThrow(() -> DomainException.invalidField(field, "must be one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(EventType::code).collect(Collectors.joining(", "));
    }

    public static List<EventType> all() {
        return List.of(values());
    }
}
