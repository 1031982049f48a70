package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.team.TeamSlug;

/**
 * An owner or admin enables again an endpoint disabled after 24 h of failures (its URL is
 * checked again); it receives the events that happen from now on, and logged ones on request.
 */
public interface EnableWebhookUseCase {
    record EnableWebhookCommand(Actor actor, TeamSlug team, WebhookEndpointId webhook) {
    }

    WebhookEndpoint enable(EnableWebhookCommand command);
}
