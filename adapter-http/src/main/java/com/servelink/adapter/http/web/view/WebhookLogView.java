package com.servelink.adapter.http.web.view;

import java.util.List;

/** One endpoint's delivery log, newest first, each attempt with its redelivery form. */
public record WebhookLogView(Chrome chrome, TeamHeader team, String webhookId, String url, boolean enabled,
                             List<Attempt> attempts, String back, String notice) {
    public WebhookLogView {
        attempts = List.copyOf(attempts);
    }

    /** One attempt, formatted; {@code status} is a label ("no answer") when no status came. */
    public record Attempt(String id, String at, String atIso, String eventType, String eventId, String status,
                          String latency, String error, boolean delivered, String redeliverAction) {
    }
}
