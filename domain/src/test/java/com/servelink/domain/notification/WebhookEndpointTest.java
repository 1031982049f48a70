package com.servelink.domain.notification;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookEndpointTest {
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final String FIRST = "whsec_" + "a".repeat(64);
    private static final String SECOND = "whsec_" + "b".repeat(64);
    private static final String THIRD = "whsec_" + "c".repeat(64);

    private static WebhookEndpoint endpoint() {
        return WebhookEndpoint.create(WebhookEndpointId.fromOpaque("abc"), TeamId.fromOpaque("t1"),
                "https://hooks.example.com/servelink", List.of("ticket.created", "ticket.replied"), " CI ",
                WebhookKind.WEBHOOK, FIRST, NOW);
    }

    @Test
    void aNewEndpointIsEnabledWithOneCurrentSecret() {
        WebhookEndpoint endpoint = endpoint();
        assertThat(endpoint.enabled()).isTrue();
        assertThat(endpoint.description()).isEqualTo("CI");
        assertThat(endpoint.validSecrets(NOW.plus(Duration.ofDays(400)))).containsExactly(FIRST);
        assertThat(endpoint.subscribes("ticket.created")).isTrue();
        assertThat(endpoint.subscribes("payment.completed")).isFalse();
        assertThat(endpoint.failingSince()).isEmpty();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> WebhookEndpoint.create(WebhookEndpointId.fromOpaque("x"), TeamId.fromOpaque("t"),
                "ftp://example.com/", List.of(), "", WebhookKind.SLACK, FIRST, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("url", "events"));
    }

    @Test
    void emptyEventsAreRefused() {
        assertThatThrownBy(() -> WebhookEndpoint.create(WebhookEndpointId.fromOpaque("x"), TeamId.fromOpaque("t"),
                "https://example.com/", List.of(), "", WebhookKind.WEBHOOK, FIRST, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("events");
                });
    }

    @Test
    void theDisabledNoticeAndUnknownEventsCannotBeSubscribed() {
        for (String code : List.of("webhook.disabled", "ticket.deleted", "")) {
            assertThatThrownBy(() -> WebhookEndpoint.create(WebhookEndpointId.fromOpaque("x"), TeamId.fromOpaque("t"),
                    "https://example.com/", List.of(code), "", WebhookKind.WEBHOOK, FIRST, NOW))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(FieldError::field).containsExactly("events"));
        }
    }

    @Test
    void urlsWithCredentialsFragmentsOrNoHostAreRefused() {
        for (String url : List.of("https://user:pw@example.com/", "https://example.com/#x", "https:///path",
                "not a url", "https://" + "a".repeat(2050) + ".com/")) {
            assertThatThrownBy(() -> WebhookEndpoint.create(WebhookEndpointId.fromOpaque("x"), TeamId.fromOpaque("t"),
                    url, List.of("ticket.created"), "", WebhookKind.WEBHOOK, FIRST, NOW))
                    .as(url).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(FieldError::field).containsExactly("url"));
        }
    }

    @Test
    void aRotationKeepsThePreviousSecretValidFor24Hours() {
        WebhookEndpoint endpoint = endpoint();
        endpoint.rotateSecret(SECOND, NOW);
        assertThat(endpoint.validSecrets(NOW.plus(Duration.ofHours(23)))).containsExactly(SECOND, FIRST);
        assertThat(endpoint.validSecrets(NOW.plus(Duration.ofHours(24)))).containsExactly(SECOND);
    }

    @Test
    void aSecondRotationEndsTheOldestSecretAtOnce() {
        WebhookEndpoint endpoint = endpoint();
        endpoint.rotateSecret(SECOND, NOW);
        endpoint.rotateSecret(THIRD, NOW.plus(Duration.ofHours(1)));
        assertThat(endpoint.validSecrets(NOW.plus(Duration.ofHours(2)))).containsExactly(THIRD, SECOND);
    }

    @Test
    void itIsDueForDisablingAfter24HoursOfUnbrokenFailures() {
        WebhookEndpoint endpoint = endpoint();
        endpoint.failed(NOW);
        endpoint.failed(NOW.plus(Duration.ofHours(12)));
        assertThat(endpoint.failingSince()).contains(NOW);
        assertThat(endpoint.dueForDisabling(NOW.plus(Duration.ofHours(24)).minusSeconds(1))).isFalse();
        assertThatThrownBy(() -> endpoint.disable(NOW.plus(Duration.ofHours(23))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        assertThat(endpoint.dueForDisabling(NOW.plus(Duration.ofHours(24)))).isTrue();
        endpoint.disable(NOW.plus(Duration.ofHours(24)));
        assertThat(endpoint.enabled()).isFalse();
        assertThat(endpoint.dueForDisabling(NOW.plus(Duration.ofHours(48)))).isFalse();
    }

    @Test
    void aSuccessEndsTheStreak() {
        WebhookEndpoint endpoint = endpoint();
        endpoint.failed(NOW);
        endpoint.delivered();
        endpoint.failed(NOW.plus(Duration.ofHours(20)));
        assertThat(endpoint.dueForDisabling(NOW.plus(Duration.ofHours(30)))).isFalse();
        assertThat(endpoint.failingSince()).contains(NOW.plus(Duration.ofHours(20)));
    }

    @Test
    void enablingClearsTheStreak() {
        WebhookEndpoint endpoint = endpoint();
        endpoint.failed(NOW);
        endpoint.disable(NOW.plus(Duration.ofDays(1)));
        endpoint.enable();
        assertThat(endpoint.enabled()).isTrue();
        assertThat(endpoint.failingSince()).isEmpty();
    }

    @Test
    void secretsHaveOneShapeAndNeverPrint() {
        assertThatThrownBy(() -> SigningSecret.current("whsec_short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SigningSecret.current(FIRST).toString()).doesNotContain("aaaa");
    }

    @Test
    void kindsAreReadByTheirCodes() {
        assertThat(WebhookKind.fromCode("discord", "kind")).isEqualTo(WebhookKind.DISCORD);
        assertThat(WebhookKind.SLACK.signed()).isFalse();
        assertThatThrownBy(() -> WebhookKind.fromCode("teams", "kind")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("kind"));
    }
}
