package com.servelink.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret an endpoint's deliveries are signed with, {@code whsec_<64 hex digits>}: the current
 * one never expires; the one a rotation replaced stays valid until {@code expiresAt}, so a
 * receiver can switch over without losing a delivery. Never shown after creation or rotation.
 */
public record SigningSecret(String value, Optional<Instant> expiresAt) {
    public static final String PREFIX = "whsec_";
    private static final Pattern SHAPE = Pattern.compile("whsec_[0-9a-f]{64}");

    public SigningSecret {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a signing secret is whsec_ and 64 hex digits");
        }
    }

    public static SigningSecret current(String value) {
        return new SigningSecret(value, Optional.empty());
    }

    public boolean validAt(Instant now) {
        return expiresAt.map(now::isBefore).orElse(true);
    }

    /** Without the secret: a record's default would print it. */
    @Override
    public String toString() {
        return "SigningSecret[" + expiresAt.map(at -> "valid until " + at).orElse("current") + "]";
    }
}
