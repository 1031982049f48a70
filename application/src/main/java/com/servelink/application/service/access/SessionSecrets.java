package com.servelink.application.service.access;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secrets of a browser session: its id ({@code sls_} and 256 random bits, stored only as a
 * hash like an API token) and its anti-forgery token (128 random bits).
 */
final class SessionSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionSecrets() {
    }

    static String sessionId() {
        return "sls_" + random(32);
    }

    static String csrfToken() {
        return random(16);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
