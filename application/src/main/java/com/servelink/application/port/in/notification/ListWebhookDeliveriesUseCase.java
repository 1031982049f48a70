package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.team.TeamSlug;

import java.util.List;

/** An owner or admin reads an endpoint's delivery log: its last 100 attempts, newest first. */
public interface ListWebhookDeliveriesUseCase {
    record ListWebhookDeliveriesQuery(Actor actor, TeamSlug team, WebhookEndpointId webhook) {
    }

    List<WebhookDelivery> list(ListWebhookDeliveriesQuery query);
}
