package com.servelink.application.port.in.access;

import java.util.Optional;

/** Who a bearer token belongs to: a team user, a staff member, or the operator. */
public interface AuthenticateUseCase {
    /** The caller holding the token of this hash; the HTTP server hashes each request's token once. */
    Optional<Actor> authenticate(TokenHash token);

    /** The caller holding this token; a blank or over-long one belongs to no one. */
    default Optional<Actor> authenticate(String bearerToken) {
        return TokenHash.ofToken(bearerToken).flatMap(this::authenticate);
    }
}
