package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The webhooks settings page of a team: its endpoints, the creation form, and a secret to show
 * this once (after a creation or a rotation), or null.
 */
public record WebhooksView(Chrome chrome, TeamHeader team, List<Endpoint> endpoints, List<EventChoice> events,
                           List<Option> kinds, FormState form, String notice, Secret secret) {
    public WebhooksView {
        endpoints = List.copyOf(endpoints);
        events = List.copyOf(events);
        kinds = List.copyOf(kinds);
    }

    /** One endpoint, already labelled; {@code failingSince} null when it is healthy. */
    public record Endpoint(String id, String url, String description, String kind, String events, boolean enabled,
                           String status, String failingSince, String failingSinceIso, String base) {
    }

    /** A subscribable event with its checkbox state. */
    public record EventChoice(String code, String field, boolean checked) {
    }

    /** A secret shown once, with what it belongs to and, after a rotation, until when the old one signs. */
    public record Secret(String webhookId, String value, String previousUntil) {
    }
}
