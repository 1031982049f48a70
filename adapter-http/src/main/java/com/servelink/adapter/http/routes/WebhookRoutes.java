package com.servelink.adapter.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.WebhookUseCases;
import com.servelink.adapter.http.view.WebhookViews.WebhookDeliveriesJson;
import com.servelink.adapter.http.view.WebhookViews.WebhookDeliveryJson;
import com.servelink.adapter.http.view.WebhookViews.WebhookRedeliveryJson;
import com.servelink.adapter.http.view.WebhookViews.WebhookSecretJson;
import com.servelink.adapter.http.view.WebhookViews.WebhookJson;
import com.servelink.adapter.http.view.WebhookViews.WebhooksJson;
import com.servelink.application.port.in.notification.CreateWebhookUseCase.CreateWebhookCommand;
import com.servelink.application.port.in.notification.DeleteWebhookUseCase.DeleteWebhookCommand;
import com.servelink.application.port.in.notification.EnableWebhookUseCase.EnableWebhookCommand;
import com.servelink.application.port.in.notification.ListWebhookDeliveriesUseCase.ListWebhookDeliveriesQuery;
import com.servelink.application.port.in.notification.ListWebhooksUseCase.ListWebhooksQuery;
import com.servelink.application.port.in.notification.RedeliverWebhookUseCase.RedeliverWebhookCommand;
import com.servelink.application.port.in.notification.RotateWebhookSecretUseCase.RotateWebhookSecretCommand;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A team's outgoing webhooks, for its owners and admins: endpoints, secrets, the delivery log. */
public final class WebhookRoutes {
    private static final String BASE = "/api/teams/{team_slug}/webhooks";
    private final WebhookUseCases useCases;

    public WebhookRoutes(WebhookUseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", BASE, Access.USER, this::create),
                new Route("GET", BASE, Access.USER, this::list),
                new Route("DELETE", BASE + "/{webhook_id}", Access.USER, this::delete),
                new Route("POST", BASE + "/{webhook_id}/rotate-secret", Access.USER, this::rotate),
                new Route("POST", BASE + "/{webhook_id}/enable", Access.USER, this::enable),
                new Route("GET", BASE + "/{webhook_id}/deliveries", Access.USER, this::deliveries),
                new Route("POST", BASE + "/{webhook_id}/deliveries/{delivery_id}/redeliver", Access.USER,
                        this::redeliver));
    }

    private Reply create(Call call) {
        var team = call.team();
        JsonBody body = call.json();
        String url = body.text("url");
        String description = body.text("description");
        String kind = body.text("kind");
        body.requireValid();
        List<String> events = events(body.raw().get("events"));
        var created = useCases.create().create(new CreateWebhookCommand(call.actor(), team, url, events, description,
                Optional.ofNullable(kind)));
        return Reply.created(WebhookJson.of(created.endpoint(), created.secret()));
    }

    /** The {@code events} array of names; absent or null is an empty list, for the use case to refuse. */
    static List<String> events(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw DomainException.invalidField("events", "must be an array of event names");
        }
        List<String> events = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw DomainException.invalidField("events", "must be an array of event names");
            }
            events.add(element.textValue());
        }
        return events;
    }

    private Reply list(Call call) {
        var endpoints = useCases.list().list(new ListWebhooksQuery(call.actor(), call.team()));
        return Reply.ok(new WebhooksJson(endpoints.stream().map(WebhookJson::of).toList()));
    }

    private Reply delete(Call call) {
        var team = call.team();
        useCases.delete().delete(new DeleteWebhookCommand(call.actor(), team, webhookId(call)));
        return new Reply(204, Reply.JSON, new byte[0], Map.of());
    }

    private Reply rotate(Call call) {
        var team = call.team();
        var rotated = useCases.rotate().rotate(new RotateWebhookSecretCommand(call.actor(), team, webhookId(call)));
        return Reply.ok(new WebhookSecretJson(rotated.endpoint().id().value(), rotated.secret(),
                rotated.previousValidUntil()));
    }

    private Reply enable(Call call) {
        var team = call.team();
        return Reply.ok(WebhookJson.of(useCases.enable().enable(new EnableWebhookCommand(call.actor(), team,
                webhookId(call)))));
    }

    private Reply deliveries(Call call) {
        var team = call.team();
        var log = useCases.deliveries().list(new ListWebhookDeliveriesQuery(call.actor(), team, webhookId(call)));
        return Reply.ok(new WebhookDeliveriesJson(log.stream().map(WebhookDeliveryJson::of).toList()));
    }

    private Reply redeliver(Call call) {
        var team = call.team();
        WebhookEndpointId webhook = webhookId(call);
        WebhookDeliveryId delivery = call.pathId("delivery_id", WebhookDeliveryId::new);
        var queued = useCases.redeliver().redeliver(new RedeliverWebhookCommand(call.actor(), team, webhook,
                delivery));
        return Reply.json(202, WebhookRedeliveryJson.of(queued));
    }

    private static WebhookEndpointId webhookId(Call call) {
        return call.pathId("webhook_id", WebhookEndpointId::new);
    }
}
