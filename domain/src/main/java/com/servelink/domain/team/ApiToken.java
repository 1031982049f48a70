package com.servelink.domain.team;

import com.servelink.domain.shared.FieldChecks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token as the platform keeps it: whose it is, when it lapses (if ever), when it was
 * last used and whether it was revoked. The secret is not part of it; only its hash is stored,
 * beside this record.
 */
public record ApiToken(ApiTokenId id, UserId userId, Optional<String> label, Instant createdAt,
                       Optional<Instant> expiresAt, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
    /** Last use is written at most this often: an authenticated request is not a write. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** The longest lifetime an expiring token may be given: ten years. */
    public static final int MAX_DAYS = 3650;

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /**
     * A new token. {@code expiresAt}, when given, must be later than {@code now} and at most
     * {@link #MAX_DAYS} days away; the label, when given, 1 to 100 characters.
     */
    public static ApiToken issue(ApiTokenId id, UserId userId, Optional<String> label, Instant now,
                                 Optional<Instant> expiresAt) {
        FieldChecks checks = new FieldChecks();
        label.ifPresent(text -> checks.text(text, "label", 1, 100));
        expiresAt.ifPresent(at -> checks
                .require(at.isAfter(now), "expiresAt", "must be in the future")
                .require(!at.isAfter(now.plus(Duration.ofDays(MAX_DAYS))), "expiresAt",
                        "must be at most " + MAX_DAYS + " days away"));
        checks.throwIfAny();
        return new ApiToken(id, userId, label, now, expiresAt, Optional.empty(), Optional.empty());
    }

    /** Opens the API now: not revoked and not past its expiry (the expiry instant itself is past). */
    public boolean isUsableAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }

    /** Whether using it now should be recorded. */
    public boolean needsTouch(Instant now) {
        return lastUsedAt.map(last -> !now.isBefore(last.plus(TOUCH_INTERVAL))).orElse(true);
    }

    /** The moment before which a last use is old enough to be written again. */
    public static Instant touchCutoff(Instant now) {
        return now.minus(TOUCH_INTERVAL);
    }

    /** Revoked from now; revoking again keeps the first moment. */
    public ApiToken revoke(Instant now) {
        if (revokedAt.isPresent()) {
            return this;
        }
        return new ApiToken(id, userId, label, createdAt, expiresAt, lastUsedAt, Optional.of(now));
    }
}
