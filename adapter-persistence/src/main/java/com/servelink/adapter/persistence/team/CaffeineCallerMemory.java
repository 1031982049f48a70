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
 * token's own expiry, if sooner), so nothing served is older than that, refreshed or not: the
 * bound within which a token revoked on another node is refused here. Misses are a cache of
 * their own, so a flood of unknown tokens cannot evict the known ones. Both are bounded; time is
 * the injected clock's, so tests move it instead of sleeping.
 */
public final class CaffeineCallerMemory implements CallerMemory {

    /**
     * @param maxAge       how old a remembered answer may be, hit or miss
     * @param refreshAfter how old a hit is when a caller's next request starts its refresh
     * @param maxEntries   hits remembered at most (and, apart, misses)
     */
    public record Settings(Duration maxAge, Duration refreshAfter, int maxEntries) {
        public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(10);
        public static final Duration DEFAULT_REFRESH_AFTER = Duration.ofSeconds(5);
        public static final int DEFAULT_MAX_ENTRIES = 100_000;

        public Settings {
            if (maxAge.isNegative() || maxAge.isZero() || refreshAfter.isNegative() || refreshAfter.isZero()
                    || refreshAfter.compareTo(maxAge) >= 0 || maxEntries < 1) {
                throw new IllegalArgumentException("a positive refresh shorter than a positive age, and room");
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_MAX_AGE, DEFAULT_REFRESH_AFTER, DEFAULT_MAX_ENTRIES);
        }
    }

    /** A hit and the moment (ticker nanoseconds) its look-up started. */
    private record Remembered(Caller caller, long lookedUpAt) {
    }

    private final Source source;
    private final Ticker ticker;
    private final long maxAgeNanos;
    private final LoadingCache<TokenHash, Remembered> hits;
    private final Cache<TokenHash, Boolean> misses;

    /** @param refreshes runs the background look-ups (blocking JDBC: not the common pool) */
    public CaffeineCallerMemory(Source source, Settings settings, Clock clock, Executor refreshes) {
        this.source = source;
        this.ticker = () -> nanos(clock.instant());
        this.maxAgeNanos = settings.maxAge().toNanos();
        this.hits = Caffeine.newBuilder()
                .maximumSize(settings.maxEntries())
                .ticker(ticker)
                .executor(refreshes)
                .refreshAfterWrite(settings.refreshAfter())
                .expireAfter(new Expiry<TokenHash, Remembered>() {
                    @Override
                    public long expireAfterCreate(TokenHash key, Remembered value, long now) {
                        return remaining(value, now);
                    }

                    @Override
                    public long expireAfterUpdate(TokenHash key, Remembered value, long now, long left) {
                        return remaining(value, now);
                    }

                    @Override
                    public long expireAfterRead(TokenHash key, Remembered value, long now, long left) {
                        return left;
                    }
                })
                .build(this::lookUp);
        this.misses = Caffeine.newBuilder()
                .maximumSize(settings.maxEntries())
                .ticker(ticker)
                .expireAfterWrite(settings.maxAge())
                .build();
    }

    /** With two daemon threads of its own for the refreshes. */
    public static CaffeineCallerMemory start(Source source, Settings settings, Clock clock) {
        return new CaffeineCallerMemory(source, settings, clock, Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "servelink-caller-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    @Override
    public Optional<Caller> recall(TokenHash token) {
        if (misses.getIfPresent(token) != null) {
            return Optional.empty();
        }
        Remembered hit = hits.get(token);
        if (hit == null) {
            misses.put(token, Boolean.TRUE);
            return Optional.empty();
        }
        return Optional.of(hit.caller());
    }

    @Override
    public void forget(TokenHash token) {
        hits.invalidate(token);
        misses.invalidate(token);
    }

    /** The look-up, stamped with its start; null (not remembered here) when no one holds the token. */
    private Remembered lookUp(TokenHash token) {
        long started = ticker.read();
        return source.resolve(token).map(caller -> new Remembered(caller, started)).orElse(null);
    }

    private long remaining(Remembered value, long now) {
        long until = value.lookedUpAt() + maxAgeNanos;
        Optional<Instant> expiry = value.caller().expiresAt();
        if (expiry.isPresent()) {
            until = Math.min(until, nanos(expiry.get()));
        }
        return Math.max(0, until - now);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
