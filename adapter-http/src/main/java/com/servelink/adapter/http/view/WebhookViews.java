package com.servelink.adapter.http.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.servelink.application.port.in.notification.RedeliverWebhookUseCase.Redelivery;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookEndpoint;

import java.time.Instant;
import java.util.List;

/** JSON shapes of a team's webhooks; a secret appears only in the answers of creation and rotation. */
public final class WebhookViews {
    private WebhookViews() {
    }

    /** An endpoint; {@code secret} is present only right after creation, null dates are absent states. */
    public record WebhookJson(String id, String url, List<String> events, String description, String kind,
                              boolean enabled, Instant failingSince, Instant createdAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
        public static WebhookJson of(WebhookEndpoint endpoint) {
            return of(endpoint, null);
        }

        public static WebhookJson of(WebhookEndpoint endpoint, String secret) {
            return new WebhookJson(endpoint.id().value(), endpoint.url(),
                    endpoint.events().stream().map(EventType::code).toList(), endpoint.description(),
                    endpoint.kind().code(), endpoint.enabled(), endpoint.failingSince().orElse(null),
                    endpoint.createdAt(), secret);
        }
    }

    public record WebhooksJson(List<WebhookJson> webhooks) {
    }

    /** A rotation's answer: the new secret, once, and until when the previous one still signs. */
    public record WebhookSecretJson(String id, String secret, Instant previousSecretExpiresAt) {
    }

    /** One logged attempt; {@code status_code} null when no answer came, {@code error} null when delivered. */
    public record WebhookDeliveryJson(String id, String eventId, String eventType, Instant attemptedAt, Integer statusCode,
                               long latencyMs, String error, boolean delivered) {
        public static WebhookDeliveryJson of(WebhookDelivery delivery) {
            return new WebhookDeliveryJson(delivery.id().value(), delivery.eventId(), delivery.eventType(),
                    delivery.attemptedAt(), delivery.statusCode().isPresent() ? delivery.statusCode().getAsInt() : null,
                    delivery.latencyMillis(), delivery.error().orElse(null), delivery.succeeded());
        }
    }

    public record WebhookDeliveriesJson(List<WebhookDeliveryJson> deliveries) {
    }

    public record WebhookRedeliveryJson(String eventId, String eventType, Instant queuedAt) {
        public static WebhookRedeliveryJson of(Redelivery redelivery) {
            return new WebhookRedeliveryJson(redelivery.eventId(), redelivery.eventType(), redelivery.queuedAt());
        }
    }
}
