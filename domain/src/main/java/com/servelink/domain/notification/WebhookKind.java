package com.servelink.domain.notification;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;

/**
 * What an endpoint receives: the raw signed event ({@code webhook}), or a readable message in the
 * incoming-webhook format of Slack or Discord (those two are not signed: they cannot check it).
 */
public enum WebhookKind {
    WEBHOOK, SLACK, DISCORD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether deliveries carry a {@code Servelink-Signature}. */
    public boolean signed() {
        return this == WEBHOOK;
    }

    public static WebhookKind fromCode(String code, String field) {
        for (WebhookKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw DomainException.invalidField(field, "must be one of webhook, slack, discord");
    }
}
