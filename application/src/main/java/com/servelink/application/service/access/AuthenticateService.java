package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.CallerMemory;
import com.servelink.application.port.out.CallerMemory.Caller;
import com.servelink.application.port.out.ApiTokenRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Resolves a bearer token by its hash. The operator's token comes from configuration and is
 * compared in constant time; users' tokens are looked up by hash, so the comparison happens
 * in the database's index, never on the secret itself. A revoked or expired token resolves to
 * no one; a used one has its use noted, to be written later with the others ({@link TokenUses}).
 */
public final class AuthenticateService implements AuthenticateUseCase {
    private final ApiTokenRepository tokens;
    private final String adminTokenHash;
    private final TokenUses uses;
    private final Clock clock;

    public AuthenticateService(ApiTokenRepository tokens, String adminTokenHash, TokenUses uses, Clock clock) {
        this.tokens = tokens;
        this.adminTokenHash = adminTokenHash;
        this.uses = uses;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> authenticate(TokenHash token) {
        return resolve(token).map(Caller::actor);
    }

    /** The token's usable holder and its expiry: the look-up a {@link CallerMemory} stands in front of. */
    public Optional<Caller> resolve(TokenHash token) {
        String hash = token.hex();
        Instant now = clock.instant(); // before the look-up: an answer's age counts from here
        if (ApiTokens.sameHash(hash, adminTokenHash)) {
            return Optional.of(new Caller(new Actor.Operator(), Optional.empty(), now));
        }
        Optional<ApiTokenRepository.Holder> found = tokens.findByHash(hash);
        if (found.isEmpty() || !found.get().token().isUsableAt(now)) {
            return Optional.empty();
        }
        uses.used(found.get().token(), now);
        var user = found.get().user();
        Actor actor = user.support() ? new Actor.Staff(user.id(), user.email()) : new Actor.TeamUser(user.id());
        return Optional.of(new Caller(actor, found.get().token().expiresAt(), now));
    }
}
