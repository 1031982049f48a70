package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.CallerMemory;
import com.servelink.application.port.out.CallerMemory.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Authentication through the memory of callers ({@link CallerMemory}), and the rule that keeps
 * it honest about revocations (decision 211). A revocation on this node is forgotten at once
 * ({@link #forget}); those of other nodes by {@link #forgetRevoked}, which the composition root
 * runs every 2 s: it asks for the tokens revoked since the previous sweep (with a margin for
 * clocks and slow sweeps) and forgets them. An answer is served only if it was looked up within
 * {@code revocationBound} or a sweep started within it: so a token revoked anywhere is refused
 * everywhere within that bound, even when sweeps fail (the request then looks the token up
 * itself). The token's own expiry is checked on every call, whatever the memory holds.
 */
public final class CachedAuthenticateService implements AuthenticateUseCase, AuthenticationCache {
    /** How far back a sweep looks before the previous one started: the nodes' clocks may differ. */
    static final Duration SWEEP_MARGIN = Duration.ofMinutes(1);

    private final CallerMemory memory;
    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final Duration revocationBound;
    private volatile Instant lastSweep;

    public CachedAuthenticateService(CallerMemory memory, ApiTokenRepository tokens, Clock clock,
                                     Duration revocationBound) {
        this.memory = memory;
        this.tokens = tokens;
        this.clock = clock;
        this.revocationBound = revocationBound;
        this.lastSweep = clock.instant(); // the memory starts empty: nothing in it predates this
    }

    @Override
    public Optional<Actor> authenticate(TokenHash token) {
        Instant now = clock.instant();
        Optional<Caller> caller = memory.recall(token);
        if (caller.isPresent() && !trusted(caller.get(), now)) {
            memory.forget(token);
            caller = memory.recall(token);
        }
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> expiry = caller.get().expiresAt();
        if (expiry.isPresent() && !now.isBefore(expiry.get())) {
            return Optional.empty();
        }
        return Optional.of(caller.get().actor());
    }

    private boolean trusted(Caller caller, Instant now) {
        Instant cutoff = now.minus(revocationBound);
        return caller.lookedUpAt().isAfter(cutoff) || lastSweep.isAfter(cutoff);
    }

    @Override
    public void forget(String tokenHash) {
        memory.forget(TokenHash.ofHex(tokenHash));
    }

    /** Forgets the tokens revoked on any node since the previous sweep; returns how many it forgot. */
    public int forgetRevoked() {
        Instant started = clock.instant();
        List<String> revoked = tokens.revokedSince(lastSweep.minus(SWEEP_MARGIN));
        revoked.forEach(this::forget);
        lastSweep = started;
        return revoked.size();
    }
}
