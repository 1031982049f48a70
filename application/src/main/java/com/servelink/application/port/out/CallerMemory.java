package com.servelink.application.port.out;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.TokenHash;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bounded memory of who bearer tokens belong to, in front of their look-up: a caller seen
 * again is answered from memory, and what is remembered is looked up again in the background
 * before it grows old, so a caller who keeps coming back never waits on the database (issue 17,
 * decision 211). Revocations on other nodes are not its concern: the authentication service
 * forgets them as it learns of them ({@link #forget}).
 */
public interface CallerMemory {

    /**
     * A token's holder, the token's own expiry if it has one, and when the look-up that found
     * them started (what an answer's age is counted from).
     */
    record Caller(Actor actor, Optional<Instant> expiresAt, Instant lookedUpAt) {
        public Caller {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(lookedUpAt, "lookedUpAt");
        }
    }

    /** The look-up the memory stands in front of: the usable token's holder, or empty. */
    @FunctionalInterface
    interface Source {
        Optional<Caller> resolve(TokenHash token);
    }

    /** The holder of the token: remembered, or looked up now and remembered. */
    Optional<Caller> recall(TokenHash token);

    /** Forgets the token at once (revoked on this node), hit or miss. */
    void forget(TokenHash token);
}
