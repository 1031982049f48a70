package com.servelink.adapter.http.server;

/** Who may call a route, decided before its handler runs. */
public enum Access {
    /** Anyone: health, readiness, documentation, the sandbox checkout page. */
    PUBLIC,
    /** A user or staff bearer token; the admin token is not valid here. */
    USER,
    /** The operator's admin token only. */
    OPERATOR,
    /** A payment provider: no bearer token, the body's signature is checked by the handler. */
    PROVIDER
}
