package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.port.out.ApiTokenRepository;

import java.util.Optional;

/**
 * Resolves a bearer token by its hash. The operator's token comes from configuration and is
 * compared in constant time; users' tokens are looked up by hash, so the comparison happens
 * in the database's index, never on the secret itself.
 */
public final class AuthenticateService implements AuthenticateUseCase {
    private final ApiTokenRepository tokens;
    private final String adminTokenHash;

    public AuthenticateService(ApiTokenRepository tokens, String adminTokenHash) {
        this.tokens = tokens;
        this.adminTokenHash = adminTokenHash;
    }

    @Override
    public Optional<Actor> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > 200) {
            return Optional.empty();
        }
        String hash = ApiTokens.hash(bearerToken);
        if (ApiTokens.sameHash(hash, adminTokenHash)) {
            return Optional.of(new Actor.Operator());
        }
        return tokens.findUserByTokenHash(hash).map(user -> user.support()
                ? new Actor.Staff(user.id(), user.email())
                : new Actor.TeamUser(user.id()));
    }
}
