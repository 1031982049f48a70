package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.secrets.SecretBox;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.notification.WebhookDeliveryId;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.notification.WebhookKind;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhook endpoints on a real database: secrets sealed at rest and only opened with the right
 * key, rotation and the failure streak stored, the log pruned to its newest 100.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhookEndpointContract {
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final String SECRET = "whsec_" + "1".repeat(64);
    private static final String NEXT = "whsec_" + "2".repeat(64);

    private DatabaseFixture fixture;
    private WebhookEndpointRepository endpoints;
    private final SecretBox box = SecretBox.fromKey(SecretBox.newKey());
    private Team team;
    private Team other;

    abstract DatabaseFixture createFixture();

    @BeforeAll
    void setUp() {
        fixture = createFixture();
        endpoints = fixture.database().webhookEndpoints(box);
        team = Team.create(TeamId.fromOpaque("hooks"), new TeamSlug("hooks"), "Hooks", PlanId.PRO);
        other = Team.create(TeamId.fromOpaque("other"), new TeamSlug("other"), "Other", PlanId.PRO);
        fixture.teams().save(team);
        fixture.teams().save(other);
    }

    @AfterAll
    void tearDown() {
        fixture.close();
    }

    private WebhookEndpoint endpoint(Team owner, WebhookKind kind) {
        WebhookEndpoint endpoint = WebhookEndpoint.create(
                WebhookEndpointId.fromOpaque(UUID.randomUUID().toString().replace("-", "")), owner.id(),
                "https://hooks.example.com/" + kind.code(), List.of("ticket.created", "payment.failed"), "CI",
                kind, SECRET, NOW);
        endpoints.add(endpoint);
        return endpoint;
    }

    private WebhookDelivery attempt(WebhookEndpoint endpoint, Instant at, OptionalInt status, Optional<String> error) {
        return new WebhookDelivery(WebhookDeliveryId.fromOpaque(UUID.randomUUID().toString().replace("-", "")),
                endpoint.id(), "evt_1", "ticket.created", at, status, 42, error);
    }

    @Test
    void an_endpoint_comes_back_as_stored_and_only_to_its_team() {
        WebhookEndpoint stored = endpoint(team, WebhookKind.DISCORD);
        WebhookEndpoint found = endpoints.findById(stored.id()).orElseThrow();
        assertThat(found.url()).isEqualTo(stored.url());
        assertThat(found.events()).containsExactlyInAnyOrder(EventType.TICKET_CREATED, EventType.PAYMENT_FAILED);
        assertThat(found.kind()).isEqualTo(WebhookKind.DISCORD);
        assertThat(found.description()).isEqualTo("CI");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.enabled()).isTrue();
        assertThat(found.validSecrets(NOW)).containsExactly(SECRET);
        assertThat(endpoints.findByTeam(team.id())).extracting(WebhookEndpoint::id).contains(stored.id());
        assertThat(endpoints.findByTeam(other.id())).extracting(WebhookEndpoint::id).doesNotContain(stored.id());
        assertThat(endpoints.findById(WebhookEndpointId.fromOpaque("missing"))).isEmpty();
    }

    @Test
    void secrets_are_sealed_at_rest_and_need_the_key() throws Exception {
        WebhookEndpoint stored = endpoint(team, WebhookKind.WEBHOOK);
        try (Connection connection = fixture.database().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select secret from webhook_endpoint where id = ?")) {
            select.setString(1, stored.id().value());
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).startsWith("aes-gcm:v1:").doesNotContain(SECRET.substring(6, 20));
            }
        }
        var otherKey = fixture.database().webhookEndpoints(SecretBox.fromKey(SecretBox.newKey()));
        assertThatThrownBy(() -> otherKey.findById(stored.id())).hasMessageContaining("another key");
    }

    @Test
    void a_rotation_keeps_the_previous_secret_until_its_expiry() {
        WebhookEndpoint stored = endpoint(team, WebhookKind.WEBHOOK);
        stored.rotateSecret(NEXT, NOW.plus(Duration.ofHours(1)));
        endpoints.update(stored);
        WebhookEndpoint found = endpoints.findById(stored.id()).orElseThrow();
        assertThat(found.validSecrets(NOW.plus(Duration.ofHours(2)))).containsExactly(NEXT, SECRET);
        assertThat(found.validSecrets(NOW.plus(Duration.ofHours(25)))).containsExactly(NEXT);
    }

    @Test
    void attempts_move_the_failure_streak_and_disable_once() {
        WebhookEndpoint stored = endpoint(team, WebhookKind.WEBHOOK);
        endpoints.recordAttempt(attempt(stored, NOW, OptionalInt.of(500), Optional.of("HTTP 500")));
        endpoints.recordAttempt(attempt(stored, NOW.plus(Duration.ofHours(1)), OptionalInt.empty(),
                Optional.of("timed out")));
        assertThat(endpoints.findById(stored.id()).orElseThrow().failingSince()).contains(NOW);
        assertThat(endpoints.disableIfFailingSince(stored.id(), NOW.minusSeconds(1))).isEmpty();
        assertThat(endpoints.disableIfFailingSince(stored.id(), NOW)).contains(NOW);
        assertThat(endpoints.disableIfFailingSince(stored.id(), NOW)).isEmpty();
        WebhookEndpoint disabled = endpoints.findById(stored.id()).orElseThrow();
        assertThat(disabled.enabled()).isFalse();

        disabled.enable();
        endpoints.update(disabled);
        assertThat(endpoints.findById(stored.id()).orElseThrow().failingSince()).isEmpty();
        endpoints.recordAttempt(attempt(stored, NOW.plus(Duration.ofHours(30)), OptionalInt.of(500),
                Optional.of("HTTP 500")));
        endpoints.recordAttempt(attempt(stored, NOW.plus(Duration.ofHours(31)), OptionalInt.of(204),
                Optional.empty()));
        WebhookEndpoint healthy = endpoints.findById(stored.id()).orElseThrow();
        assertThat(healthy.enabled()).isTrue();
        assertThat(healthy.failingSince()).isEmpty();
    }

    @Test
    void the_log_keeps_the_newest_100_newest_first() {
        WebhookEndpoint stored = endpoint(team, WebhookKind.WEBHOOK);
        WebhookEndpoint neighbour = endpoint(team, WebhookKind.SLACK);
        endpoints.recordAttempt(attempt(neighbour, NOW, OptionalInt.of(200), Optional.empty()));
        for (int i = 0; i < 110; i++) {
            endpoints.recordAttempt(attempt(stored, NOW.plus(i, ChronoUnit.SECONDS),
                    i % 2 == 0 ? OptionalInt.of(200) : OptionalInt.empty(),
                    i % 2 == 0 ? Optional.empty() : Optional.of("connection refused")));
        }
        List<WebhookDelivery> log = endpoints.deliveries(stored.id());
        assertThat(log).hasSize(100);
        assertThat(log.get(0).attemptedAt()).isEqualTo(NOW.plusSeconds(109));
        assertThat(log.get(99).attemptedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(log.get(0).statusCode()).isEmpty();
        assertThat(log.get(0).error()).contains("connection refused");
        assertThat(log.get(1).statusCode()).hasValue(200);
        assertThat(log.get(1).latencyMillis()).isEqualTo(42);
        assertThat(endpoints.deliveries(neighbour.id())).hasSize(1);
        assertThat(endpoints.findDelivery(stored.id(), log.get(5).id())).contains(log.get(5));
        assertThat(endpoints.findDelivery(neighbour.id(), log.get(5).id())).isEmpty();
    }

    @Test
    void deleting_removes_the_endpoint_and_its_log() {
        WebhookEndpoint stored = endpoint(other, WebhookKind.WEBHOOK);
        endpoints.recordAttempt(attempt(stored, NOW, OptionalInt.of(200), Optional.empty()));
        assertThat(endpoints.delete(stored.id())).isTrue();
        assertThat(endpoints.delete(stored.id())).isFalse();
        assertThat(endpoints.findById(stored.id())).isEmpty();
        assertThat(endpoints.deliveries(stored.id())).isEmpty();
        endpoints.recordAttempt(attempt(stored, NOW, OptionalInt.of(200), Optional.empty()));
        assertThat(endpoints.deliveries(stored.id())).isEmpty();
    }
}
