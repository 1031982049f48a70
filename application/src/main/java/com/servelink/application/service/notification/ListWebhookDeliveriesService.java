package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.ListWebhookDeliveriesUseCase;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.notification.WebhookDelivery;

import java.util.List;

/** An endpoint's delivery log, newest first, for the team's owners and admins. */
public final class ListWebhookDeliveriesService implements ListWebhookDeliveriesUseCase {
    private final TeamAccess access;
    private final WebhookEndpointRepository endpoints;

    public ListWebhookDeliveriesService(TeamAccess access, WebhookEndpointRepository endpoints) {
        this.access = access;
        this.endpoints = endpoints;
    }

    @Override
    public List<WebhookDelivery> list(ListWebhookDeliveriesQuery query) {
        var team = WebhookEndpoints.requireManager(access, query.actor(), query.team());
        WebhookEndpoints.require(endpoints, team, query.webhook());
        return endpoints.deliveries(query.webhook());
    }
}
