package com.servelink.application.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.CachedAuthenticateService;
import com.servelink.application.service.access.TokenResolver;
import com.servelink.application.service.access.TokenResolver.Resolved;
import com.servelink.application.testing.MutableClock;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CachedAuthenticateServiceTest {
    private final TokenResolver delegate = mock(TokenResolver.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-25T10:00:00Z"));
    private final CachedAuthenticateService cached = new CachedAuthenticateService(delegate, clock,
            Duration.ofSeconds(10), 2);
    private final Actor alice = new Actor.TeamUser(new UserId(1));
    private final Optional<Resolved> aliceForever = Optional.of(new Resolved(alice, Optional.empty()));

    @Test
    void a_known_token_is_looked_up_once_per_time_to_live() {
        when(delegate.resolve("slk_a")).thenReturn(aliceForever);
        assertThat(cached.authenticate("slk_a")).contains(alice);
        clock.advance(Duration.ofSeconds(9));
        assertThat(cached.authenticate("slk_a")).contains(alice);
        verify(delegate, times(1)).resolve("slk_a");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cached.authenticate("slk_a")).contains(alice);
        verify(delegate, times(2)).resolve("slk_a");
    }

    @Test
    void an_unknown_token_costs_one_look_up_per_time_to_live_not_one_per_request() {
        when(delegate.resolve(anyString())).thenReturn(Optional.empty());
        for (int i = 0; i < 100; i++) {
            assertThat(cached.authenticate("slk_unknown")).isEmpty();
        }
        verify(delegate, times(1)).resolve("slk_unknown");
        clock.advance(Duration.ofSeconds(10));
        assertThat(cached.authenticate("slk_unknown")).isEmpty();
        verify(delegate, times(2)).resolve("slk_unknown");
        assertThat(cached.authenticate("")).isEmpty();
    }

    @Test
    void a_flood_of_unknown_tokens_never_evicts_the_known_ones() {
        when(delegate.resolve(anyString())).thenReturn(Optional.empty());
        when(delegate.resolve("slk_a")).thenReturn(aliceForever);
        cached.authenticate("slk_a");
        for (int i = 0; i < 10; i++) {
            cached.authenticate("slk_unknown_" + i); // the miss memory holds 2 and starts over
        }
        assertThat(cached.authenticate("slk_a")).contains(alice);
        verify(delegate, times(1)).resolve("slk_a");
    }

    @Test
    void a_hit_is_not_remembered_past_the_tokens_expiry() {
        Instant expiry = clock.instant().plusSeconds(3);
        when(delegate.resolve("slk_a")).thenReturn(Optional.of(new Resolved(alice, Optional.of(expiry))),
                Optional.empty());
        assertThat(cached.authenticate("slk_a")).contains(alice);
        clock.advance(Duration.ofSeconds(3));
        assertThat(cached.authenticate("slk_a")).isEmpty();
    }

    @Test
    void a_forgotten_token_is_looked_up_again_at_once() {
        when(delegate.resolve("slk_a")).thenReturn(aliceForever, Optional.empty());
        assertThat(cached.authenticate("slk_a")).contains(alice);
        cached.forget(ApiTokens.hash("slk_a"));
        assertThat(cached.authenticate("slk_a")).isEmpty();
    }
}
