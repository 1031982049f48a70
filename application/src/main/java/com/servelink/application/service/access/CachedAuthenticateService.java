package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers successful token look-ups for a few seconds, so a busy client's requests cost one
 * database round trip less. Only hits are remembered (an unknown token is asked again each
 * time, so a token just issued works at once); the memory is bounded and keyed by the token's
 * hash, never the token. A token's owner changing role is seen within {@code timeToLive}.
 */
public final class CachedAuthenticateService implements AuthenticateUseCase {
    private record Entry(Actor actor, Instant expiresAt) {
    }

    /** The token's SHA-256 as four longs: cheap to hash and compare, unlike its hex string. */
    private record Key(long a, long b, long c, long d) {
        static Key of(String token) {
            ByteBuffer digest = ByteBuffer.wrap(ApiTokens.digest(token));
            return new Key(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
        }
    }

    private final AuthenticateUseCase delegate;
    private final Clock clock;
    private final Duration timeToLive;
    private final int maxEntries;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    public CachedAuthenticateService(AuthenticateUseCase delegate, Clock clock, Duration timeToLive, int maxEntries) {
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
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return Optional.of(entry.actor());
        }
        Optional<Actor> actor = delegate.authenticate(bearerToken);
        if (actor.isPresent()) {
            if (entries.size() >= maxEntries) {
                entries.clear(); // crude but bounded: a full cache starts over
            }
            entries.put(key, new Entry(actor.get(), now.plus(timeToLive)));
        } else {
            entries.remove(key);
        }
        return actor;
    }
}
