package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.WebhookUseCases;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.adapter.http.web.view.Option;
import com.servelink.adapter.http.web.view.WebhookLogView;
import com.servelink.adapter.http.web.view.WebhooksView;
import com.servelink.application.port.in.notification.CreateWebhookUseCase.CreateWebhookCommand;
import com.servelink.application.port.in.notification.DeleteWebhookUseCase.DeleteWebhookCommand;
import com.servelink.application.port.in.notification.EnableWebhookUseCase.EnableWebhookCommand;
import com.servelink.application.port.in.notification.ListWebhookDeliveriesUseCase.ListWebhookDeliveriesQuery;
import com.servelink.application.port.in.notification.ListWebhooksUseCase.ListWebhooksQuery;
import com.servelink.application.port.in.notification.RedeliverWebhookUseCase.RedeliverWebhookCommand;
import com.servelink.application.port.in.notification.RotateWebhookSecretUseCase.RotateWebhookSecretCommand;
import com.servelink.application.port.in.team.GetTeamOverviewUseCase.GetTeamOverviewQuery;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.notification.WebhookKind;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.TeamSlug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The webhooks settings page of a team, for its owners and admins (a member meets the same 403
 * as on the API): the endpoints, creating one (its secret shown once, on the answer of the
 * form), deleting, rotating a secret (shown once too), enabling a disabled endpoint, and each
 * endpoint's delivery log with redelivery. Every action calls the API's use cases.
 */
final class WebhookPages {
    private static final String EVENT_FIELD = "event.";

    private final WebhookUseCases webhooks;
    private final WebUseCases web;
    private final Pages pages;

    WebhookPages(WebhookUseCases webhooks, WebUseCases web, Pages pages) {
        this.webhooks = webhooks;
        this.web = web;
        this.pages = pages;
    }

    List<Route> routes() {
        String base = "/teams/{team_slug}/settings/webhooks";
        return List.of(
                pages.page(base, call -> page(call, 200, FormState.EMPTY, null)),
                pages.action(base, this::create),
                pages.action(base + "/{webhook_id}/delete", this::delete),
                pages.action(base + "/{webhook_id}/rotate-secret", this::rotate),
                pages.action(base + "/{webhook_id}/enable", this::enable),
                pages.page(base + "/{webhook_id}/deliveries", this::log),
                pages.action(base + "/{webhook_id}/deliveries/{delivery_id}/redeliver", this::redeliver));
    }

    private static String base(TeamSlug slug) {
        return "/teams/" + slug.value() + "/settings/webhooks";
    }

    private Reply page(PageCall call, int status, FormState form, WebhooksView.Secret secret) {
        TeamSlug slug = call.http().team();
        List<WebhookEndpoint> endpoints = webhooks.list().list(new ListWebhooksQuery(call.actor(), slug));
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        var t = call.t();
        Formats f = call.formats();
        var rows = endpoints.stream().map(e -> new WebhooksView.Endpoint(e.id().value(), e.url(), e.description(),
                t.get("webhooks.kind." + e.kind().code()),
                e.events().stream().map(EventType::code).collect(Collectors.joining(", ")), e.enabled(),
                t.get(e.enabled() ? (e.failingSince().isPresent() ? "webhooks.status.failing" : "webhooks.status.ok")
                        : "webhooks.status.disabled"),
                e.failingSince().map(f::dateTime).orElse(null), e.failingSince().map(f::iso).orElse(null),
                base(slug) + "/" + e.id().value())).toList();
        Set<String> checked = form.values().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(EVENT_FIELD))
                .map(entry -> entry.getKey().substring(EVENT_FIELD.length())).collect(Collectors.toSet());
        var events = Arrays.stream(EventType.values()).filter(EventType::subscribable)
                .map(type -> new WebhooksView.EventChoice(type.code(), EVENT_FIELD + type.code(),
                        checked.contains(type.code()))).toList();
        var kinds = Arrays.stream(WebhookKind.values())
                .map(kind -> new Option(kind.code(), t.get("webhooks.kind." + kind.code()))).toList();
        String notice = call.http().query("notice").filter(n -> n.equals("deleted") || n.equals("enabled"))
                .map(n -> t.get("webhooks.notice." + n)).orElse(null);
        var view = new WebhooksView(call.chrome(t.get("webhooks.title", overview.team().name()),
                TeamNav.of(t, slug.value(), TeamNav.Section.WEBHOOKS)), new Labels(t).team(overview), rows, events,
                kinds, form, notice, secret);
        return pages.html(status, "webhooks.jte", view);
    }

    private Reply create(PageCall call) {
        TeamSlug slug = call.http().team();
        var form = call.form();
        Map<String, String> typed = new LinkedHashMap<>();
        List<String> events = new ArrayList<>();
        form.fields().forEach((name, value) -> {
            if (name.startsWith(EVENT_FIELD)) {
                typed.put(name, "on");
                events.add(name.substring(EVENT_FIELD.length()));
            }
        });
        typed.put("url", Optional.ofNullable(form.raw("url")).orElse(""));
        typed.put("description", Optional.ofNullable(form.raw("description")).orElse(""));
        typed.put("kind", Optional.ofNullable(form.raw("kind")).orElse(WebhookKind.WEBHOOK.code()));
        try {
            var created = webhooks.create().create(new CreateWebhookCommand(call.actor(), slug,
                    form.field("url").orElse(null), events, form.field("description").orElse(null),
                    form.field("kind")));
            return page(call, 201, FormState.EMPTY, new WebhooksView.Secret(created.endpoint().id().value(),
                    created.secret(), null));
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND || refusal.code() == ErrorCode.FORBIDDEN) {
                throw refusal;
            }
            return page(call, Problems.status(refusal.code()), FormStates.refused(typed, refusal,
                    List.of("url", "events", "description", "kind")), null);
        }
    }

    private static WebhookEndpointId webhookId(PageCall call) {
        return call.http().pathId("webhook_id", WebhookEndpointId::new);
    }

    private Reply delete(PageCall call) {
        TeamSlug slug = call.http().team();
        webhooks.delete().delete(new DeleteWebhookCommand(call.actor(), slug, webhookId(call)));
        return Pages.redirect(base(slug) + "?notice=deleted");
    }

    private Reply rotate(PageCall call) {
        TeamSlug slug = call.http().team();
        var rotated = webhooks.rotate().rotate(new RotateWebhookSecretCommand(call.actor(), slug, webhookId(call)));
        return page(call, 200, FormState.EMPTY, new WebhooksView.Secret(rotated.endpoint().id().value(),
                rotated.secret(), call.formats().dateTime(rotated.previousValidUntil())));
    }

    private Reply enable(PageCall call) {
        TeamSlug slug = call.http().team();
        webhooks.enable().enable(new EnableWebhookCommand(call.actor(), slug, webhookId(call)));
        return Pages.redirect(base(slug) + "?notice=enabled");
    }

    private Reply log(PageCall call) {
        TeamSlug slug = call.http().team();
        WebhookEndpointId id = webhookId(call);
        var log = webhooks.deliveries().list(new ListWebhookDeliveriesQuery(call.actor(), slug, id));
        WebhookEndpoint endpoint = webhooks.list().list(new ListWebhooksQuery(call.actor(), slug)).stream()
                .filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound("webhook " + id));
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        var t = call.t();
        Formats f = call.formats();
        String base = base(slug) + "/" + id.value();
        var attempts = log.stream().map(d -> new WebhookLogView.Attempt(d.id().value(), f.dateTime(d.attemptedAt()),
                f.iso(d.attemptedAt()), d.eventType(), d.eventId(),
                d.statusCode().isPresent() ? Integer.toString(d.statusCode().getAsInt()) : t.get("webhooks.log.no_answer"),
                t.get("webhooks.log.ms", f.number(d.latencyMillis())), d.error().orElse(null), d.succeeded(),
                endpoint.enabled() ? base + "/deliveries/" + d.id().value() + "/redeliver" : null)).toList();
        String notice = call.http().query("notice").filter(n -> n.equals("redelivered"))
                .map(n -> t.get("webhooks.notice.redelivered")).orElse(null);
        return pages.html(200, "webhook_log.jte", new WebhookLogView(call.chrome(t.get("webhooks.log.title",
                endpoint.url()), TeamNav.of(t, slug.value(), TeamNav.Section.WEBHOOKS)), new Labels(t).team(overview),
                id.value(), endpoint.url(), endpoint.enabled(), attempts, base(slug), notice));
    }

    private Reply redeliver(PageCall call) {
        TeamSlug slug = call.http().team();
        WebhookEndpointId id = webhookId(call);
        WebhookDeliveryId delivery = call.http().pathId("delivery_id", WebhookDeliveryId::new);
        webhooks.redeliver().redeliver(new RedeliverWebhookCommand(call.actor(), slug, id, delivery));
        return Pages.redirect(base(slug) + "/" + id.value() + "/deliveries?notice=redelivered");
    }
}
