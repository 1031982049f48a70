package com.servelink.application.service.access;

import com.servelink.application.port.in.access.TokenHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Bearer tokens (and the browser sessions' secrets): 256 random bits, prefixed {@code slk_} so
 * leaked tokens are recognisable by secret scanners. Only their SHA-256 hash is stored; a fast hash is right here because the
 * token itself has full entropy (no dictionary to attack).
 */
public final class ApiTokens {
    private static final String PREFIX = "slk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String generate() {
        return PREFIX + randomHex(32);
    }

    /** A browser session's secret id: {@code sls_} and 256 random bits, stored hashed like a token. */
    static String sessionId() {
        return "sls_" + randomHex(32);
    }

    /** A session's anti-forgery token: 128 random bits. */
    static String csrfToken() {
        return randomHex(16);
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** The hash stored for a token: its SHA-256, in hex. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /** The token's SHA-256 ({@link TokenHash#digest}). */
    public static byte[] digest(String token) {
        return TokenHash.digest(token);
    }

    /** Compares two hashes in time independent of where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
