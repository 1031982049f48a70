package com.servelink.application.port.out;

import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as it leaves the platform: a stable id receivers use to drop duplicates
 * ({@code evt_…}), its public type ({@code ticket.replied}), when it happened, the team it
 * concerns and its data: a snapshot taken in the transaction of the change, as JSON-ready values
 * (strings, numbers, booleans, nested maps and lists), keys in snake_case. Every channel (e-mail,
 * webhooks, Slack) renders from this snapshot only, so nothing that is not in it can leave; an
 * internal note never becomes an event at all.
 */
public record OutboxEvent(String id, String type, Instant occurredAt, Optional<TeamId> teamId,
                          Map<String, Object> data) {
    public static final String ID_PREFIX = "evt_";

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(teamId, "teamId");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A text value of the data, when present. */
    public Optional<String> text(String key) {
        Object value = data.get(key);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}
