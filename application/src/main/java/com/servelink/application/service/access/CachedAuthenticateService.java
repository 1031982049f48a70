package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers token look-ups for a few seconds, so a busy client's requests cost one database
 * round trip less and a client repeating an unknown token costs one map look-up, not a query.
 * Hits are remembered no longer than the token's expiry; misses are kept apart from hits, so a
 * flood of unknown tokens cannot evict the known ones. A token just issued is random, so no miss
 * can be remembered for it. Both memories are bounded and keyed by the token's hash, never the
 * token. A token's owner changing role is seen within {@code timeToLive}; a revocation on this
 * node at once ({@link #forget}), on another node within {@code timeToLive}.
 */
public final class CachedAuthenticateService implements AuthenticateUseCase, AuthenticationCache {
    private record Entry(Actor actor, Instant expiresAt) {
    }

    /** The token's SHA-256 as four longs: cheap to hash and compare, unlike its hex string. */
    private record Key(long a, long b, long c, long d) {
        static Key of(String token) {
            return of(ApiTokens.digest(token));
        }

        static Key of(byte[] digest) {
            ByteBuffer buffer = ByteBuffer.wrap(digest);
            return new Key(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
        }
    }

    private final TokenResolver delegate;
    private final Clock clock;
    private final Duration timeToLive;
    private final int maxEntries;
    private final ConcurrentHashMap<Key, Entry> hits = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, Instant> misses = new ConcurrentHashMap<>();

    public CachedAuthenticateService(TokenResolver delegate, Clock clock, Duration timeToLive, int maxEntries) {
        this.delegate = delegate;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
    }

    @Override
    public Optional<Actor> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > 200) {
            return Optional.empty();
        }
        Key key = Key.of(bearerToken);
        Instant now = clock.instant();
        Entry entry = hits.get(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return Optional.of(entry.actor());
        }
        Instant missUntil = misses.get(key);
        if (missUntil != null && now.isBefore(missUntil)) {
            return Optional.empty();
        }
        Optional<TokenResolver.Resolved> resolved = delegate.resolve(bearerToken);
        if (resolved.isPresent()) {
            Instant until = now.plus(timeToLive);
            Instant expiry = resolved.get().expiresAt().orElse(until);
            misses.remove(key);
            remember(hits, key, new Entry(resolved.get().actor(), expiry.isBefore(until) ? expiry : until));
        } else {
            hits.remove(key);
            remember(misses, key, now.plus(timeToLive));
        }
        return resolved.map(TokenResolver.Resolved::actor);
    }

    @Override
    public void forget(String tokenHash) {
        Key key = Key.of(HexFormat.of().parseHex(tokenHash));
        hits.remove(key);
        misses.remove(key);
    }

    private <V> void remember(ConcurrentHashMap<Key, V> memory, Key key, V value) {
        if (memory.size() >= maxEntries) {
            memory.clear(); // crude but bounded: a full memory starts over
        }
        memory.put(key, value);
    }
}
