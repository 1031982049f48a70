package com.servelink.application.port.out;

/**
 * Hands out the opaque part of new identifiers ({@code res_<opaque>}): letters and digits,
 * unique and unguessable, so ids cannot be enumerated.
 */
public interface IdSource {
    String nextOpaqueId();
}
