package com.servelink.application.service.notification;

import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.port.out.WebhookSender;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.shared.PrefixedIds;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook channel of the outbox: an event goes to each enabled endpoint of its team that
 * subscribes to its type. Each attempt passes the SSRF guard again (a name may resolve
 * elsewhere since creation), is logged in the endpoint's delivery log, and moves its failure
 * streak; the attempt that finds the streak 24 h old disables the endpoint and appends a
 * {@code webhook.disabled} event in the same transaction (the e-mail channel tells the owners).
 * Deliveries of a deleted or disabled endpoint are dropped.
 */
public final class WebhookChannel implements DeliveryChannel {
    public static final String NAME = "webhook";
    private static final System.Logger LOG = System.getLogger(WebhookChannel.class.getName());

    private final WebhookEndpointRepository endpoints;
    private final TeamRepository teams;
    private final WebhookUrlPolicy urls;
    private final WebhookSender sender;
    private final Outbox outbox;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;

    public WebhookChannel(WebhookEndpointRepository endpoints, TeamRepository teams, WebhookUrlPolicy urls,
                          WebhookSender sender, Outbox outbox, Transactions transactions, IdSource ids, Clock clock) {
        this.endpoints = endpoints;
        this.teams = teams;
        this.urls = urls;
        this.sender = sender;
        this.outbox = outbox;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> targets(OutboxEvent event) {
        boolean subscribable = EventType.byCode(event.type()).map(EventType::subscribable).orElse(false);
        if (!subscribable || event.teamId().isEmpty()) {
            return List.of();
        }
        return endpoints.findByTeam(event.teamId().get()).stream()
                .filter(endpoint -> endpoint.enabled() && endpoint.subscribes(event.type()))
                .map(endpoint -> endpoint.id().value())
                .toList();
    }

    @Override
    public DeliveryResult deliver(OutboxEvent event, String target, int attempt) {
        if (!PrefixedIds.isValid(target, WebhookEndpointId.PREFIX)) {
            return DeliveryResult.dropped("not a webhook endpoint: " + target);
        }
        Optional<WebhookEndpoint> found = endpoints.findById(new WebhookEndpointId(target));
        if (found.isEmpty()) {
            return DeliveryResult.dropped("webhook endpoint " + target + " was deleted");
        }
        WebhookEndpoint endpoint = found.get();
        if (!endpoint.enabled()) {
            return DeliveryResult.dropped("webhook endpoint " + target + " is disabled");
        }
        Instant now = clock.instant();
        Optional<String> refused = urls.refusal(endpoint.url());
        WebhookSender.Response response;
        if (refused.isPresent()) {
            LOG.log(System.Logger.Level.WARNING, "webhook {0}: delivery refused, the URL {1}", target, refused.get());
            response = WebhookSender.Response.failed("refused: the URL " + refused.get(), Duration.ZERO);
        } else {
            response = sender.send(new WebhookSender.Request(URI.create(endpoint.url()), endpoint.kind(), event,
                    endpoint.validSecrets(now), now));
        }
        WebhookDelivery logged = new WebhookDelivery(WebhookDeliveryId.fromOpaque(ids.nextOpaqueId()), endpoint.id(),
                event.id(), event.type(), now, response.status(), response.latency().toMillis(), response.error());
        Optional<Instant> disabledAfter = transactions.inTransaction(() -> {
            endpoints.recordAttempt(logged);
            if (logged.succeeded()) {
                return Optional.<Instant>empty();
            }
            Optional<Instant> streak = endpoints.disableIfFailingSince(endpoint.id(),
                    clock.instant().minus(WebhookEndpoint.DISABLE_AFTER));
            streak.ifPresent(since -> outbox.append(disabled(endpoint, since)));
            return streak;
        });
        if (logged.succeeded()) {
            return DeliveryResult.delivered();
        }
        String error = logged.error().orElseThrow();
        if (disabledAfter.isPresent()) {
            LOG.log(System.Logger.Level.WARNING, "webhook {0} disabled after failing since {1}: {2}", target,
                    disabledAfter.get(), error);
            return DeliveryResult.dropped("webhook endpoint disabled after 24 h of failures; last: " + error);
        }
        return DeliveryResult.retry(error);
    }

    private OutboxEvent disabled(WebhookEndpoint endpoint, Instant failingSince) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("team_id", endpoint.teamId().value());
        teams.findById(endpoint.teamId()).ifPresent(team -> {
            data.put("team_slug", team.slug().value());
            data.put("team_name", team.name());
        });
        data.put("webhook_id", endpoint.id().value());
        data.put("url", endpoint.url());
        data.put("description", endpoint.description());
        data.put("failing_since", failingSince.toString());
        return new OutboxEvent(OutboxEvent.ID_PREFIX + ids.nextOpaqueId(), EventType.WEBHOOK_DISABLED.code(),
                clock.instant(), Optional.of(endpoint.teamId()), data);
    }
}
