package com.servelink.application.inmemory;

import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Endpoints and their logs in maps; endpoints are copied in and out, as a database would. */
public final class InMemoryWebhookEndpointRepository implements WebhookEndpointRepository {
    private final Map<WebhookEndpointId, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    private final Map<WebhookEndpointId, LinkedList<WebhookDelivery>> logs = new LinkedHashMap<>();

    @Override
    public synchronized void add(WebhookEndpoint endpoint) {
        if (endpoints.putIfAbsent(endpoint.id(), copy(endpoint)) != null) {
            throw new IllegalStateException("duplicate webhook " + endpoint.id());
        }
        logs.put(endpoint.id(), new LinkedList<>());
    }

    @Override
    public synchronized Optional<WebhookEndpoint> findById(WebhookEndpointId id) {
        return Optional.ofNullable(endpoints.get(id)).map(InMemoryWebhookEndpointRepository::copy);
    }

    @Override
    public synchronized List<WebhookEndpoint> findByTeam(TeamId team) {
        return endpoints.values().stream().filter(endpoint -> endpoint.teamId().equals(team))
                .map(InMemoryWebhookEndpointRepository::copy).toList();
    }

    @Override
    public synchronized void update(WebhookEndpoint endpoint) {
        if (endpoints.replace(endpoint.id(), copy(endpoint)) == null) {
            throw new IllegalStateException("no webhook " + endpoint.id());
        }
    }

    @Override
    public synchronized boolean delete(WebhookEndpointId id) {
        logs.remove(id);
        return endpoints.remove(id) != null;
    }

    @Override
    public synchronized void recordAttempt(WebhookDelivery delivery) {
        WebhookEndpoint endpoint = endpoints.get(delivery.endpointId());
        if (endpoint == null) {
            return; // deleted meanwhile: nothing to log it in
        }
        LinkedList<WebhookDelivery> log = logs.get(delivery.endpointId());
        log.addFirst(delivery);
        while (log.size() > WebhookDelivery.KEPT_PER_ENDPOINT) {
            log.removeLast();
        }
        if (delivery.succeeded()) {
            endpoint.delivered();
        } else {
            endpoint.failed(delivery.attemptedAt());
        }
    }

    @Override
    public synchronized Optional<Instant> disableIfFailingSince(WebhookEndpointId id, Instant cutoff) {
        WebhookEndpoint endpoint = endpoints.get(id);
        if (endpoint == null || !endpoint.enabled() || endpoint.failingSince().isEmpty()
                || endpoint.failingSince().get().isAfter(cutoff)) {
            return Optional.empty();
        }
        Instant since = endpoint.failingSince().get();
        endpoint.disable(since.plus(WebhookEndpoint.DISABLE_AFTER));
        return Optional.of(since);
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(WebhookEndpointId id) {
        return new ArrayList<>(logs.getOrDefault(id, new LinkedList<>()));
    }

    @Override
    public synchronized Optional<WebhookDelivery> findDelivery(WebhookEndpointId endpoint, WebhookDeliveryId delivery) {
        return logs.getOrDefault(endpoint, new LinkedList<>()).stream()
                .filter(logged -> logged.id().equals(delivery)).findFirst();
    }

    private static WebhookEndpoint copy(WebhookEndpoint e) {
        return WebhookEndpoint.reconstitute(e.id(), e.teamId(), e.url(), e.events(), e.description(), e.kind(),
                e.createdAt(), e.secrets(), e.enabled(), e.failingSince());
    }
}
