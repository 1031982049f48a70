package com.servelink.application.service.access;

/** A memory of token look-ups that must forget a token the moment it is revoked. */
public interface AuthenticationCache {
    /** Forgets whatever is remembered of the token with this hash. */
    void forget(String tokenHash);
}
