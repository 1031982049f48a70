package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.CallerMemory;

import java.time.Clock;
import java.util.Optional;

/**
 * Authentication through the memory of callers ({@link CallerMemory}): a known caller costs no
 * round trip, and a revocation on this node is forgotten at once ({@link #forget}), on another
 * node within the memory's bound. The token's own expiry is checked on every call, whatever the
 * memory holds.
 */
public final class CachedAuthenticateService implements AuthenticateUseCase, AuthenticationCache {
    private final CallerMemory memory;
    private final Clock clock;

    public CachedAuthenticateService(CallerMemory memory, Clock clock) {
        this.memory = memory;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> authenticate(TokenHash token) {
        Optional<CallerMemory.Caller> caller = memory.recall(token);
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        Optional<java.time.Instant> expiry = caller.get().expiresAt();
        if (expiry.isPresent() && !clock.instant().isBefore(expiry.get())) {
            return Optional.empty();
        }
        return Optional.of(caller.get().actor());
    }

    @Override
    public void forget(String tokenHash) {
        memory.forget(TokenHash.ofHex(tokenHash));
    }
}
