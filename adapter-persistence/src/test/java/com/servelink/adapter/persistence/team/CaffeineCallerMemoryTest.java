package com.servelink.adapter.persistence.team;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.CallerMemory.Caller;
import com.servelink.application.testing.MutableClock;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory of callers on the injected clock, its refreshes run when the test says (a queue of
 * pending tasks), so "a caller never waits" and "nothing served is older than 10 s" are shown
 * without sleeping.
 */
class CaffeineCallerMemoryTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-25T10:00:00Z"));
    private final List<Runnable> pendingRefreshes = new ArrayList<>();
    /** Who holds each token now, and the token's expiry: what a look-up would find. */
    private final Map<TokenHash, Optional<Holder>> holders = new ConcurrentHashMap<>();
    private final AtomicInteger lookUps = new AtomicInteger();
    private final Actor alice = new Actor.TeamUser(new UserId(1));
    private final TokenHash a = hash("slk_a");

    private record Holder(Actor actor, Optional<Instant> expiresAt) {
    }

    private CaffeineCallerMemory memory(int maxEntries) {
        return new CaffeineCallerMemory(token -> {
            lookUps.incrementAndGet();
            Instant now = clock.instant();
            return holders.getOrDefault(token, Optional.empty()).map(h -> new Caller(h.actor(), h.expiresAt(), now));
        }, new CaffeineCallerMemory.Settings(Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(10),
                maxEntries), clock, pendingRefreshes::add);
    }

    private void holds(TokenHash token, Actor actor) {
        holders.put(token, Optional.of(new Holder(actor, Optional.empty())));
    }

    private static TokenHash hash(String token) {
        return TokenHash.ofToken(token).orElseThrow();
    }

    private void runRefreshes() {
        List<Runnable> due = new ArrayList<>(pendingRefreshes);
        pendingRefreshes.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void a_caller_who_keeps_coming_back_is_looked_up_in_the_background_never_on_the_request() {
        CaffeineCallerMemory memory = memory(100);
        holds(a, alice);
        assertThat(memory.recall(a)).map(Caller::actor).contains(alice);
        assertThat(lookUps).hasValue(1);
        for (int second = 1; second <= 60; second++) {
            clock.advance(Duration.ofSeconds(1));
            int before = lookUps.get();
            assertThat(memory.recall(a)).map(Caller::actor).contains(alice);
            assertThat(lookUps.get()).as("no look-up while the caller waits, second %d", second).isEqualTo(before);
            runRefreshes();
        }
        assertThat(lookUps.get()).as("refreshed about every 5 s").isBetween(10, 13);
        clock.advance(Duration.ofSeconds(50));
        assertThat(memory.recall(a)).as("back within the maximum age: still no wait").isPresent();
        assertThat(lookUps.get()).isBetween(10, 13);
    }

    @Test
    void nothing_served_is_older_than_the_maximum_age_even_when_refreshes_stall() {
        CaffeineCallerMemory memory = memory(100);
        holds(a, alice);
        memory.recall(a);
        clock.advance(Duration.ofSeconds(4));
        holders.put(a, Optional.empty()); // revoked on another node, 4 s after this node's look-up
        Instant revokedAt = clock.instant();
        // the refreshes the caller starts are never run here: expiry alone bounds the answer's age
        while (memory.recall(a).isPresent()) {
            clock.advance(Duration.ofMillis(100));
        }
        assertThat(Duration.between(revokedAt, clock.instant())).isLessThanOrEqualTo(Duration.ofSeconds(56));
        assertThat(memory.recall(a)).isEmpty();
    }

    @Test
    void a_refresh_finding_the_token_revoked_forgets_the_caller() {
        CaffeineCallerMemory memory = memory(100);
        holds(a, alice);
        memory.recall(a);
        holders.put(a, Optional.empty());
        clock.advance(Duration.ofSeconds(6));
        assertThat(memory.recall(a)).as("the old answer while the refresh runs").isPresent();
        runRefreshes();
        assertThat(memory.recall(a)).isEmpty();
    }

    @Test
    void a_caller_is_not_remembered_past_the_tokens_expiry() {
        CaffeineCallerMemory memory = memory(100);
        holders.put(a, Optional.of(new Holder(alice, Optional.of(clock.instant().plusSeconds(3)))));
        assertThat(memory.recall(a)).isPresent();
        clock.advance(Duration.ofSeconds(3));
        holders.put(a, Optional.empty()); // the look-up refuses an expired token
        assertThat(memory.recall(a)).isEmpty();
    }

    @Test
    void an_unknown_token_costs_one_look_up_per_maximum_age_and_a_flood_of_them_keeps_the_known_ones() {
        CaffeineCallerMemory memory = memory(50);
        holds(a, alice);
        memory.recall(a);
        TokenHash unknown = hash("slk_unknown");
        for (int i = 0; i < 100; i++) {
            assertThat(memory.recall(unknown)).isEmpty();
        }
        assertThat(lookUps).hasValue(2);
        clock.advance(Duration.ofSeconds(10));
        assertThat(memory.recall(unknown)).isEmpty();
        assertThat(lookUps).hasValue(3);

        memory.recall(a);
        runRefreshes();
        for (int i = 0; i < 1000; i++) {
            memory.recall(hash("slk_guess_" + i));
        }
        int before = lookUps.get();
        assertThat(memory.recall(a)).map(Caller::actor).contains(alice);
        assertThat(lookUps.get()).isEqualTo(before);
    }

    @Test
    void a_forgotten_token_is_looked_up_again_at_once() {
        CaffeineCallerMemory memory = memory(100);
        holds(a, alice);
        memory.recall(a);
        holders.put(a, Optional.empty());
        memory.forget(a);
        assertThat(memory.recall(a)).isEmpty();
        holds(a, alice);
        memory.forget(a);
        assertThat(memory.recall(a)).isPresent();
    }
}
