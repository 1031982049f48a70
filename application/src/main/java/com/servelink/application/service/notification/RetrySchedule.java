package com.servelink.application.service.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff from {@code base}, doubled per
 * attempt up to {@code max}, with "equal jitter" (a uniform draw in the upper half of the delay)
 * so that receivers coming back are not hit by every sender at the same instant; and no attempt
 * after {@code window} from the delivery's creation (24 h by default), when the delivery is given up.
 */
public record RetrySchedule(Duration base, Duration max, Duration window) {
    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofHours(24));

    public RetrySchedule {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(window, "window");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || window.isNegative()) {
            throw new IllegalArgumentException("retry schedule: 0 < base <= max, window >= 0");
        }
    }

    /** The delay after the {@code attempt}-th failed attempt (from 1), before jitter. */
    public Duration delayAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 40);
        Duration delay = base;
        for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /**
     * The next attempt after the {@code attempt}-th failure at {@code now}, or empty when it would
     * fall after the window. {@code random} draws in [0, 1).
     */
    public Optional<Instant> next(Instant createdAt, int attempt, Instant now, DoubleSupplier random) {
        long delayMillis = delayAfter(attempt).toMillis();
        long jittered = delayMillis / 2 + (long) (random.getAsDouble() * (delayMillis - delayMillis / 2));
        Instant next = now.plusMillis(Math.max(jittered, 1));
        return next.isAfter(createdAt.plus(window)) ? Optional.empty() : Optional.of(next);
    }
}
