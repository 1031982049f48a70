package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.team.TeamSlug;

import java.util.List;

/** An owner or admin lists the team's webhook endpoints (never a secret), oldest first. */
public interface ListWebhooksUseCase {
    record ListWebhooksQuery(Actor actor, TeamSlug team) {
    }

    List<WebhookEndpoint> list(ListWebhooksQuery query);
}
