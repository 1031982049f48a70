package com.servelink.application.admin;

import com.servelink.application.inmemory.InMemoryCallerMemory;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.CallerMemory;
import com.servelink.application.port.out.CallerMemory.Caller;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.CachedAuthenticateService;
import com.servelink.application.testing.MutableClock;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CachedAuthenticateServiceTest {
    private final CallerMemory.Source source = mock(CallerMemory.Source.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-25T10:00:00Z"));
    private final CachedAuthenticateService cached = new CachedAuthenticateService(
            new InMemoryCallerMemory(source, clock, Duration.ofSeconds(10)), clock);
    private final Actor alice = new Actor.TeamUser(new UserId(1));
    private final TokenHash a = TokenHash.ofToken("slk_a").orElseThrow();

    @Test
    void the_token_is_hashed_once_and_looked_up_by_its_hash() {
        when(source.resolve(a)).thenReturn(Optional.of(new Caller(alice, Optional.empty())));
        assertThat(cached.authenticate("slk_a")).contains(alice);
        assertThat(cached.authenticate(a)).contains(alice);
        verify(source, times(1)).resolve(a);
        assertThat(a.hex()).isEqualTo(ApiTokens.hash("slk_a"));
        assertThat(TokenHash.ofHex(a.hex())).isEqualTo(a);
    }

    @Test
    void a_blank_or_over_long_token_is_no_one_without_a_look_up() {
        assertThat(cached.authenticate("")).isEmpty();
        assertThat(cached.authenticate("  ")).isEmpty();
        assertThat(cached.authenticate((String) null)).isEmpty();
        assertThat(cached.authenticate("x".repeat(TokenHash.MAX_TOKEN_LENGTH + 1))).isEmpty();
        verify(source, never()).resolve(any());
    }

    @Test
    void a_remembered_caller_is_refused_from_the_tokens_expiry_on() {
        Instant expiry = clock.instant().plusSeconds(3);
        when(source.resolve(a)).thenReturn(Optional.of(new Caller(alice, Optional.of(expiry))));
        assertThat(cached.authenticate(a)).contains(alice);
        clock.advance(Duration.ofSeconds(3));
        assertThat(cached.authenticate(a)).isEmpty();
        verify(source, times(1)).resolve(a);
    }

    @Test
    void a_forgotten_token_is_looked_up_again_at_once() {
        when(source.resolve(a)).thenReturn(Optional.of(new Caller(alice, Optional.empty())), Optional.empty());
        assertThat(cached.authenticate(a)).contains(alice);
        cached.forget(ApiTokens.hash("slk_a"));
        assertThat(cached.authenticate(a)).isEmpty();
    }

    @Test
    void a_hash_never_shows_its_digits() {
        assertThat(a.toString()).doesNotContain(a.hex().substring(0, 8));
    }
}
