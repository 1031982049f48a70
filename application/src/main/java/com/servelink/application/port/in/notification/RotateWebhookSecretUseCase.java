package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.team.TeamSlug;

import java.time.Instant;

/**
 * An owner or admin replaces an endpoint's signing secret; the new one is returned this once and
 * the previous one keeps signing deliveries until {@code previousValidUntil} (24 h).
 */
public interface RotateWebhookSecretUseCase {
    record RotateWebhookSecretCommand(Actor actor, TeamSlug team, WebhookEndpointId webhook) {
    }

    record RotatedSecret(WebhookEndpoint endpoint, String secret, Instant previousValidUntil) {
    }

    RotatedSecret rotate(RotateWebhookSecretCommand command);
}
