package com.servelink.application.admin;

import com.servelink.application.inmemory.InMemoryCallerMemory;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.CallerMemory;
import com.servelink.application.port.out.CallerMemory.Caller;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.CachedAuthenticateService;
import com.servelink.application.testing.MutableClock;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The service over a memory that remembers for an hour: only the service's rules bound revocations. */
class CachedAuthenticateServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-25T10:00:00Z"));
    private final CallerMemory.Source source = mock(CallerMemory.Source.class);
    private final ApiTokenRepository tokens = mock(ApiTokenRepository.class);
    private final CachedAuthenticateService cached = new CachedAuthenticateService(
            new InMemoryCallerMemory(source, clock, Duration.ofHours(1)), tokens, clock, Duration.ofSeconds(10));
    private final Actor alice = new Actor.TeamUser(new UserId(1));
    private final TokenHash a = TokenHash.ofToken("slk_a").orElseThrow();
    private final AtomicBoolean revoked = new AtomicBoolean();

    private void aliceHoldsA(Optional<Instant> expiry) {
        when(source.resolve(a)).thenAnswer(call -> revoked.get() ? Optional.empty()
                : Optional.of(new Caller(alice, expiry, clock.instant())));
    }

    @Test
    void the_token_is_hashed_once_and_looked_up_by_its_hash() {
        aliceHoldsA(Optional.empty());
        assertThat(cached.authenticate("slk_a")).contains(alice);
        assertThat(cached.authenticate(a)).contains(alice);
        verify(source, times(1)).resolve(a);
        assertThat(a.hex()).isEqualTo(ApiTokens.hash("slk_a"));
        assertThat(TokenHash.ofHex(a.hex())).isEqualTo(a);
        assertThatThrownBy(() -> TokenHash.ofHex("abc")).isInstanceOf(IllegalArgumentException.class);
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
    void a_token_revoked_on_another_node_is_refused_after_the_next_sweep() {
        aliceHoldsA(Optional.empty());
        assertThat(cached.authenticate(a)).contains(alice);
        when(tokens.revokedSince(any())).thenReturn(List.of());
        clock.advance(Duration.ofSeconds(2));
        assertThat(cached.forgetRevoked()).isZero();
        assertThat(cached.authenticate(a)).contains(alice);

        revoked.set(true); // on another node
        when(tokens.revokedSince(any())).thenReturn(List.of(a.hex()));
        clock.advance(Duration.ofSeconds(2));
        assertThat(cached.forgetRevoked()).isEqualTo(1);
        assertThat(cached.authenticate(a)).isEmpty();
        // the sweep looks back from the previous one, with a margin for the other nodes' clocks
        verify(tokens).revokedSince(Instant.parse("2025-01-25T10:00:02Z").minus(Duration.ofMinutes(1)));
    }

    @Test
    void when_sweeps_stop_an_answer_older_than_the_bound_is_looked_up_again_on_the_request() {
        aliceHoldsA(Optional.empty());
        assertThat(cached.authenticate(a)).contains(alice);
        revoked.set(true); // on another node; no sweep runs (the database away from this node, say)
        clock.advance(Duration.ofSeconds(9));
        assertThat(cached.authenticate(a)).as("9 s after the look-up").contains(alice);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cached.authenticate(a)).as("10 s after: looked up again, refused").isEmpty();
        verify(source, times(2)).resolve(a);
    }

    @Test
    void a_remembered_caller_is_refused_from_the_tokens_expiry_on() {
        aliceHoldsA(Optional.of(clock.instant().plusSeconds(3)));
        when(tokens.revokedSince(any())).thenReturn(List.of());
        assertThat(cached.authenticate(a)).contains(alice);
        clock.advance(Duration.ofSeconds(3));
        cached.forgetRevoked();
        assertThat(cached.authenticate(a)).isEmpty();
        verify(source, times(1)).resolve(a);
    }

    @Test
    void a_token_revoked_on_this_node_is_forgotten_at_once() {
        aliceHoldsA(Optional.empty());
        assertThat(cached.authenticate(a)).contains(alice);
        revoked.set(true);
        cached.forget(ApiTokens.hash("slk_a"));
        assertThat(cached.authenticate(a)).isEmpty();
    }

    @Test
    void a_hash_never_shows_its_digits() {
        assertThat(a.toString()).doesNotContain(a.hex().substring(0, 8));
    }
}
