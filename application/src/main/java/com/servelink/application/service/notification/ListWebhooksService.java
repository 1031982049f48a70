package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.ListWebhooksUseCase;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.notification.WebhookEndpoint;

import java.util.List;

/** Lists a team's endpoints for its owners and admins. */
public final class ListWebhooksService implements ListWebhooksUseCase {
    private final TeamAccess access;
    private final WebhookEndpointRepository endpoints;

    public ListWebhooksService(TeamAccess access, WebhookEndpointRepository endpoints) {
        this.access = access;
        this.endpoints = endpoints;
    }

    @Override
    public List<WebhookEndpoint> list(ListWebhooksQuery query) {
        var team = WebhookEndpoints.requireManager(access, query.actor(), query.team());
        return endpoints.findByTeam(team.team().id());
    }
}
