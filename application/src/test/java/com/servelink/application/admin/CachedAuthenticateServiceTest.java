package com.servelink.application.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.service.access.CachedAuthenticateService;
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
    private final AuthenticateUseCase delegate = mock(AuthenticateUseCase.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-25T10:00:00Z"));
    private final CachedAuthenticateService cached = new CachedAuthenticateService(delegate, clock,
            Duration.ofSeconds(10), 2);
    private final Actor alice = new Actor.TeamUser(new UserId(1));

    @Test
    void a_known_token_is_looked_up_once_per_time_to_live() {
        when(delegate.authenticate("slk_a")).thenReturn(Optional.of(alice));
        assertThat(cached.authenticate("slk_a")).contains(alice);
        clock.advance(Duration.ofSeconds(9));
        assertThat(cached.authenticate("slk_a")).contains(alice);
        verify(delegate, times(1)).authenticate("slk_a");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cached.authenticate("slk_a")).contains(alice);
        verify(delegate, times(2)).authenticate("slk_a");
    }

    @Test
    void unknown_tokens_are_never_remembered_and_the_cache_stays_bounded() {
        when(delegate.authenticate(anyString())).thenReturn(Optional.empty());
        when(delegate.authenticate("slk_new")).thenReturn(Optional.empty(), Optional.of(alice));
        assertThat(cached.authenticate("slk_new")).isEmpty();
        assertThat(cached.authenticate("slk_new")).contains(alice);
        when(delegate.authenticate("slk_b")).thenReturn(Optional.of(alice));
        when(delegate.authenticate("slk_c")).thenReturn(Optional.of(alice));
        cached.authenticate("slk_b");
        cached.authenticate("slk_c");
        cached.authenticate("slk_new");
        verify(delegate, times(3)).authenticate("slk_new");
        assertThat(cached.authenticate("")).isEmpty();
    }
}
