package com.servelink.domain.team;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebSessionTest {
    private static final Instant T0 = Instant.parse("2025-01-25T10:00:00Z");
    private final WebSession session = WebSession.start(new UserId(1), T0);

    @Test
    void it_is_over_exactly_twelve_hours_after_its_last_use() {
        assertThat(session.isExpired(T0.plus(Duration.ofHours(12)).minusNanos(1))).isFalse();
        assertThat(session.isExpired(T0.plus(Duration.ofHours(12)))).isTrue();
        var used = new WebSession(session.userId(), T0, T0.plus(Duration.ofHours(11)));
        assertThat(used.isExpired(T0.plus(Duration.ofHours(22)))).isFalse();
        assertThat(WebSession.idleCutoff(T0.plus(Duration.ofHours(12)))).isEqualTo(T0);
    }

    @Test
    void use_is_worth_recording_once_a_minute() {
        assertThat(session.needsTouch(T0.plusSeconds(59))).isFalse();
        assertThat(session.needsTouch(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void it_is_not_seen_before_it_starts() {
        assertThatThrownBy(() -> new WebSession(new UserId(1), T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
