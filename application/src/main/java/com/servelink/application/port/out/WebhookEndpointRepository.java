package com.servelink.application.port.out;

import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A team's webhook endpoints and each one's delivery log (the last
 * {@link WebhookDelivery#KEPT_PER_ENDPOINT} attempts). Signing secrets are kept sealed: the
 * service needs them in clear to sign, so they cannot be hashed. Attempts are recorded with
 * atomic updates, since several nodes deliver to one endpoint at once.
 */
public interface WebhookEndpointRepository {
    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findById(WebhookEndpointId id);

    /** The team's endpoints, oldest first. */
    List<WebhookEndpoint> findByTeam(TeamId team);

    /** Stores what an owner's action changed: the secrets, enabled, the failure streak. */
    void update(WebhookEndpoint endpoint);

    /** Deletes the endpoint and its log; false when there was none. */
    boolean delete(WebhookEndpointId id);

    /**
     * Logs an attempt, keeping the newest {@link WebhookDelivery#KEPT_PER_ENDPOINT}, and moves the
     * endpoint's failure streak: a success ends it, a failure starts it unless it runs already.
     */
    void recordAttempt(WebhookDelivery delivery);

    /**
     * Disables the endpoint if it is enabled and has been failing since {@code cutoff} or before;
     * returns the start of that streak when this call disabled it (empty otherwise, also when
     * another node did first).
     */
    Optional<Instant> disableIfFailingSince(WebhookEndpointId id, Instant cutoff);

    /** The endpoint's log, newest first. */
    List<WebhookDelivery> deliveries(WebhookEndpointId id);

    Optional<WebhookDelivery> findDelivery(WebhookEndpointId endpoint, WebhookDeliveryId delivery);
}
