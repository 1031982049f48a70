package com.servelink.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt to call an endpoint, as its delivery log shows it: when, which event, the HTTP
 * status (none when the call never got an answer), how long it took and what went wrong.
 */
public record WebhookDelivery(WebhookDeliveryId id, WebhookEndpointId endpointId, String eventId, String eventType,
                              Instant attemptedAt, OptionalInt statusCode, long latencyMillis,
                              Optional<String> error) {
    public static final int MAX_ERROR_LENGTH = 1000;
    /** How many attempts an endpoint's log keeps, newest first. */
    public static final int KEPT_PER_ENDPOINT = 100;

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(error, "error");
        error = error.map(text -> text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text);
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latency must not be negative");
        }
    }

    /** Delivered: the receiver answered 2xx. */
    public boolean succeeded() {
        return error.isEmpty();
    }
}
