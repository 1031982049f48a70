package com.servelink.domain.team;

import com.servelink.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenTest {
    private static final Instant NOW = Instant.parse("2025-01-25T10:00:00Z");
    private static final ApiTokenId ID = ApiTokenId.fromOpaque("abc123");
    private static final UserId USER = new UserId(7);

    @Test
    void a_token_without_expiry_opens_the_api_until_revoked() {
        ApiToken token = ApiToken.issue(ID, USER, Optional.empty(), NOW, Optional.empty());
        assertThat(token.isUsableAt(NOW.plus(Duration.ofDays(5000)))).isTrue();
        ApiToken revoked = token.revoke(NOW.plusSeconds(60));
        assertThat(revoked.isUsableAt(NOW.plusSeconds(61))).isFalse();
        assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(60));
        assertThat(revoked.revoke(NOW.plusSeconds(120)).revokedAt()).as("the first revocation stays")
                .contains(NOW.plusSeconds(60));
    }

    @Test
    void an_expiring_token_stops_at_its_expiry_instant() {
        Instant expiry = NOW.plus(Duration.ofDays(30));
        ApiToken token = ApiToken.issue(ID, USER, Optional.of("CI"), NOW, Optional.of(expiry));
        assertThat(token.isUsableAt(expiry.minusNanos(1000))).isTrue();
        assertThat(token.isUsableAt(expiry)).isFalse();
    }

    @Test
    void an_expiry_in_the_past_or_too_far_away_and_a_blank_label_are_refused_by_field() {
        assertThatThrownBy(() -> ApiToken.issue(ID, USER, Optional.empty(), NOW, Optional.of(NOW)))
                .isInstanceOf(DomainException.class).hasMessageContaining("expiresAt");
        assertThatThrownBy(() -> ApiToken.issue(ID, USER, Optional.empty(), NOW,
                Optional.of(NOW.plus(Duration.ofDays(ApiToken.MAX_DAYS + 1)))))
                .isInstanceOf(DomainException.class).hasMessageContaining("expiresAt");
        assertThatThrownBy(() -> ApiToken.issue(ID, USER, Optional.of(" "), NOW, Optional.empty()))
                .isInstanceOf(DomainException.class).hasMessageContaining("label");
    }

    @Test
    void last_use_is_recorded_at_most_once_a_minute() {
        ApiToken fresh = ApiToken.issue(ID, USER, Optional.empty(), NOW, Optional.empty());
        assertThat(fresh.needsTouch(NOW)).isTrue();
        ApiToken used = new ApiToken(ID, USER, Optional.empty(), NOW, Optional.empty(), Optional.of(NOW),
                Optional.empty());
        assertThat(used.needsTouch(NOW.plusSeconds(59))).isFalse();
        assertThat(used.needsTouch(NOW.plusSeconds(60))).isTrue();
        assertThat(ApiToken.touchCutoff(NOW.plusSeconds(60))).isEqualTo(NOW);
    }

    @Test
    void a_token_id_has_its_prefix() {
        assertThatThrownBy(() -> new ApiTokenId("res_abc")).isInstanceOf(DomainException.class);
        assertThat(ApiTokenId.fromOpaque("x1").value()).isEqualTo("tok_x1");
    }
}
