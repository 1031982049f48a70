package com.servelink.application.port.in.access;

import java.util.Optional;

/** Who a bearer token belongs to: a team user, a staff member, or the operator. */
public interface AuthenticateUseCase {
    Optional<Actor> authenticate(String bearerToken);
}
