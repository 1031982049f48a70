package com.servelink.application.service.notification;

import java.util.Objects;

/**
 * How one attempt ended: delivered; failed and worth retrying (the receiver was down, answered
 * 5xx, timed out); or dropped, when retrying cannot help (the endpoint was deleted, the user
 * turned the notification off since).
 */
public record DeliveryResult(Outcome outcome, String detail) {
    public enum Outcome { DELIVERED, RETRY, DROPPED }

    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    public static DeliveryResult delivered() {
        return new DeliveryResult(Outcome.DELIVERED, "");
    }

    public static DeliveryResult retry(String error) {
        return new DeliveryResult(Outcome.RETRY, error);
    }

    public static DeliveryResult dropped(String reason) {
        return new DeliveryResult(Outcome.DROPPED, reason);
    }
}
