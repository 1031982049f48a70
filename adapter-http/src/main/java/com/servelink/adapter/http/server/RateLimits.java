package com.servelink.adapter.http.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.servelink.adapter.http.error.TooManyRequests;
import com.servelink.application.port.in.access.TokenHash;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The clients' limits, as token buckets (Bucket4j) held in this node's memory: requests per API
 * token, and failed authentications per client address. A bucket holds a minute's allowance
 * and refills continuously, so a client may burst up to its limit and then goes at the
 * limit's pace. An address that used up its failures is refused before its token is even
 * looked up, which is what protects the database from a stream of guessed tokens. Each node
 * counts on its own: behind a balancer of {@code n} nodes a client gets up to {@code n} times
 * the limit (decision 107).
 */
public final class RateLimits {
    private static final Duration PERIOD = Duration.ofMinutes(1);
    private static final int MAX_BUCKETS = 200_000;

    /**
     * @param requestsPerToken            requests per token per minute; 0 turns the limit off
     * @param failedAuthenticationsPerAddress refused tokens per client address per minute; 0 turns it off
     */
    public record Settings(int requestsPerToken, int failedAuthenticationsPerAddress) {
        public static final int DEFAULT_REQUESTS_PER_TOKEN = 30_000;
        public static final int DEFAULT_FAILED_AUTHENTICATIONS_PER_ADDRESS = 600;

        public Settings {
            if (requestsPerToken < 0 || failedAuthenticationsPerAddress < 0) {
                throw new IllegalArgumentException("a rate limit is 0 (off) or positive");
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_REQUESTS_PER_TOKEN, DEFAULT_FAILED_AUTHENTICATIONS_PER_ADDRESS);
        }
    }

    private final Optional<Limit<TokenHash>> perToken;
    private final Optional<Limit<InetAddress>> failuresPerAddress;

    public RateLimits(Settings settings, Clock clock) {
        TimeMeter meter = new ClockMeter(clock);
        this.perToken = Optional.of(settings.requestsPerToken()).filter(n -> n > 0)
                .map(n -> new Limit<>(n, meter));
        this.failuresPerAddress = Optional.of(settings.failedAuthenticationsPerAddress()).filter(n -> n > 0)
                .map(n -> new Limit<>(n, meter));
    }

    /** No limits at all: for servers built without settings (tests of other concerns). */
    public static RateLimits off() {
        return new RateLimits(new Settings(0, 0), Clock.systemUTC());
    }

    /** Refuses a client address that has used up its failed authentications, before any look-up. */
    public void checkAddress(InetAddress address) {
        failuresPerAddress.ifPresent(limit -> {
            EstimationProbe probe = limit.bucket(address).estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                throw new TooManyRequests("too many requests with a token that is not valid from this address; "
                        + "retry later", seconds(probe.getNanosToWaitForRefill()));
            }
        });
    }

    /** Counts one refused token against the client's address. */
    public void failedAuthentication(InetAddress address) {
        failuresPerAddress.ifPresent(limit -> limit.bucket(address).tryConsume(1));
    }

    /** Takes one request from a valid token's allowance, or refuses it; keyed by the hash, never the secret. */
    public void checkToken(TokenHash token) {
        perToken.ifPresent(limit -> {
            ConsumptionProbe probe = limit.bucket(token).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw new TooManyRequests("this token has made more than " + limit.perMinute
                        + " requests in a minute; retry later", seconds(probe.getNanosToWaitForRefill()));
            }
        });
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** One kind of limit: a bucket per key, forgotten once idle for the period (by then it is full again). */
    private static final class Limit<K> {
        private final int perMinute;
        private final TimeMeter meter;
        private final Cache<K, Bucket> buckets = Caffeine.newBuilder()
                .maximumSize(MAX_BUCKETS)
                .expireAfterAccess(PERIOD)
                .build();

        Limit(int perMinute, TimeMeter meter) {
            this.perMinute = perMinute;
            this.meter = meter;
        }

        Bucket bucket(K key) {
            return buckets.get(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, PERIOD).build())
                    .withCustomTimePrecision(meter)
                    .build());
        }
    }

    /** Bucket4j's time from the injected clock, so tests move time instead of sleeping. */
    private record ClockMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
