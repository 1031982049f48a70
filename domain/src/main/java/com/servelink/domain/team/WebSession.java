package com.servelink.domain.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A browser signed in to the pages: whose it is and when it was last used. Left idle for
 * {@link #IDLE_TIMEOUT} it is over; using it moves that moment on.
 */
public record WebSession(UserId userId, Instant createdAt, Instant lastSeenAt) {
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(12);
    /** Last-seen is written at most this often: a page view is a read, not a write. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    public WebSession {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        if (lastSeenAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a session is not seen before it is created");
        }
    }

    public static WebSession start(UserId userId, Instant now) {
        return new WebSession(userId, now, now);
    }

    /** Over once twelve hours have passed since it was last used (the boundary included). */
    public boolean isExpired(Instant now) {
        return !now.isBefore(lastSeenAt.plus(IDLE_TIMEOUT));
    }

    /** Whether using it now should be recorded. */
    public boolean needsTouch(Instant now) {
        return !now.isBefore(lastSeenAt.plus(TOUCH_INTERVAL));
    }

    /** The moment before which a session unused since is over. */
    public static Instant idleCutoff(Instant now) {
        return now.minus(IDLE_TIMEOUT);
    }
}
