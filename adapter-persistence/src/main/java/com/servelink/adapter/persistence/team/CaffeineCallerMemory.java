package com.servelink.adapter.persistence.team;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.CallerMemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The memory of callers as two Caffeine caches (decision 211). Hits are a loading cache that
 * refreshes an entry in the background once it is {@code refreshAfter} old and a caller asks
 * for it, so a caller who comes back within {@code maxAge} never waits on the look-up; each
 * entry expires {@code maxAge} after the start of the look-up that produced it (or at the
 * token's own expiry, if sooner). Misses are a cache of their own, kept {@code missAge}, so a
 * flood of unknown tokens cannot evict the known ones. Both are bounded; time is the injected
 * clock's, so tests move it instead of sleeping. Revocations elsewhere are the authentication
 * service's to forget, within 10 s; what this memory bounds is how stale anything else may get
 * (a user made staff, say): {@code refreshAfter} for a busy caller, {@code maxAge} at worst.
 */
public final class CaffeineCallerMemory implements CallerMemory {

    /**
     * @param maxAge       how old a remembered caller may be
     * @param refreshAfter how old a caller is when its next request starts a refresh
     * @param missAge      how long an unknown token is remembered as unknown
     * @param maxEntries   callers remembered at most (and, apart, unknown tokens)
     */
    public record Settings(Duration maxAge, Duration refreshAfter, Duration missAge, int maxEntries) {
        public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);
        public static final Duration DEFAULT_REFRESH_AFTER = Duration.ofMinutes(1);
        public static final Duration DEFAULT_MISS_AGE = Duration.ofSeconds(10);
        public static final int DEFAULT_MAX_ENTRIES = 100_000;

        public Settings {
            if (!positive(maxAge) || !positive(refreshAfter) || !positive(missAge)
                    || refreshAfter.compareTo(maxAge) >= 0 || maxEntries < 1) {
                throw new IllegalArgumentException("positive ages, a refresh sooner than the age, and room");
            }
        }

        private static boolean positive(Duration duration) {
            return !duration.isNegative() && !duration.isZero();
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_MAX_AGE, DEFAULT_REFRESH_AFTER, DEFAULT_MISS_AGE, DEFAULT_MAX_ENTRIES);
        }
    }

    private final Source source;
    private final long maxAgeNanos;
    private final LoadingCache<TokenHash, Caller> hits;
    private final Cache<TokenHash, Boolean> misses;

    /** @param refreshes runs the background look-ups (blocking JDBC: not the common pool) */
    public CaffeineCallerMemory(Source source, Settings settings, Clock clock, Executor refreshes) {
        this.source = source;
        Ticker ticker = () -> nanos(clock.instant());
        this.maxAgeNanos = settings.maxAge().toNanos();
        this.hits = Caffeine.newBuilder()
                .maximumSize(settings.maxEntries())
                .ticker(ticker)
                .executor(refreshes)
                .refreshAfterWrite(settings.refreshAfter())
                .expireAfter(new Expiry<TokenHash, Caller>() {
                    @Override
                    public long expireAfterCreate(TokenHash key, Caller value, long now) {
                        return remaining(value, now);
                    }

                    @Override
                    public long expireAfterUpdate(TokenHash key, Caller value, long now, long left) {
                        return remaining(value, now);
                    }

                    @Override
                    public long expireAfterRead(TokenHash key, Caller value, long now, long left) {
                        return left;
                    }
                })
                .build(token -> this.source.resolve(token).orElse(null)); // null: not remembered here
        this.misses = Caffeine.newBuilder()
                .maximumSize(settings.maxEntries())
                .ticker(ticker)
                .expireAfterWrite(settings.missAge())
                .build();
    }

    /** With a daemon thread of its own for the refreshes. */
    public static CaffeineCallerMemory start(Source source, Settings settings, Clock clock) {
        return new CaffeineCallerMemory(source, settings, clock, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "servelink-caller-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    @Override
    public Optional<Caller> recall(TokenHash token) {
        Caller hit = hits.getIfPresent(token); // a known caller: one look-up in memory (it starts a refresh if due)
        if (hit != null) {
            return Optional.of(hit);
        }
        if (misses.getIfPresent(token) != null) {
            return Optional.empty();
        }
        hit = hits.get(token);
        if (hit == null) {
            misses.put(token, Boolean.TRUE);
            return Optional.empty();
        }
        return Optional.of(hit);
    }

    @Override
    public void forget(TokenHash token) {
        hits.invalidate(token);
        misses.invalidate(token);
    }

    private long remaining(Caller value, long now) {
        long until = nanos(value.lookedUpAt()) + maxAgeNanos;
        Optional<Instant> expiry = value.expiresAt();
        if (expiry.isPresent()) {
            until = Math.min(until, nanos(expiry.get()));
        }
        return Math.max(0, until - now);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
