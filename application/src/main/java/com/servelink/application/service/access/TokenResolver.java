package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Finds who a bearer token belongs to and until when it is valid: what a cache needs to remember it. */
@FunctionalInterface
public interface TokenResolver {

    /** The caller, and the token's expiry if it has one. */
    record Resolved(Actor actor, Optional<Instant> expiresAt) {
        public Resolved {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    Optional<Resolved> resolve(String bearerToken);
}
