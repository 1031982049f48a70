package com.servelink.adapter.http.server;

import com.servelink.adapter.http.error.TooManyRequests;
import com.servelink.adapter.http.server.RateLimits.Settings;
import com.servelink.application.port.in.access.TokenHash;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RateLimitsTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2025-01-25T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final InetAddress client = InetAddress.getLoopbackAddress();

    @Test
    void a_token_bursts_to_its_limit_then_waits_for_the_refill() {
        RateLimits limits = new RateLimits(new Settings(3, 0), clock);
        for (int i = 0; i < 3; i++) {
            limits.checkToken(hash("slk_a"));
        }
        TooManyRequests refused = catchThrowableOfType(TooManyRequests.class, () -> limits.checkToken(hash("slk_a")));
        assertThat(refused.retryAfterSeconds()).as("a minute's allowance of 3: one every 20 s").isEqualTo(20);
        assertThatCode(() -> limits.checkToken(hash("slk_b"))).as("another token has its own bucket")
                .doesNotThrowAnyException();

        clock.advance(Duration.ofSeconds(20));
        assertThatCode(() -> limits.checkToken(hash("slk_a"))).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(TooManyRequests.class, () -> limits.checkToken(hash("slk_a")))).isNotNull();
    }

    @Test
    void an_address_is_refused_once_it_used_up_its_failed_authentications() {
        RateLimits limits = new RateLimits(new Settings(0, 2), clock);
        limits.checkAddress(client);
        limits.failedAuthentication(client);
        limits.checkAddress(client);
        limits.failedAuthentication(client);
        TooManyRequests refused = catchThrowableOfType(TooManyRequests.class, () -> limits.checkAddress(client));
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
        clock.advance(Duration.ofSeconds(30));
        assertThatCode(() -> limits.checkAddress(client)).doesNotThrowAnyException();
    }

    @Test
    void zero_turns_a_limit_off() {
        RateLimits limits = new RateLimits(new Settings(0, 0), clock);
        for (int i = 0; i < 10_000; i++) {
            limits.checkToken(hash("slk_a"));
            limits.failedAuthentication(client);
        }
        assertThatCode(() -> limits.checkAddress(client)).doesNotThrowAnyException();
    }

    private static TokenHash hash(String token) {
        return TokenHash.ofToken(token).orElseThrow();
    }
}
