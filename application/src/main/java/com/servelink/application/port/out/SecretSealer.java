package com.servelink.application.port.out;

import java.util.Optional;

/**
 * Seals secrets the service must read back (webhook signing secrets) before they are stored, so
 * a copy of the database alone reveals none; {@code name} binds a sealed value to its owner (an
 * endpoint's id) so it cannot be moved to another.
 */
public interface SecretSealer {
    String seal(String name, String secret);

    /** The secret, or empty when it was sealed with another key or for another name. */
    Optional<String> open(String name, String sealed);
}
