package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.team.TeamSlug;

/** An owner or admin deletes an endpoint; its pending deliveries are dropped when their turn comes. */
public interface DeleteWebhookUseCase {
    record DeleteWebhookCommand(Actor actor, TeamSlug team, WebhookEndpointId webhook) {
    }

    void delete(DeleteWebhookCommand command);
}
