package com.servelink.application.port.in.access;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A bearer token's SHA-256, computed once per request (issue 17): the key of the token's
 * look-up, of its remembered caller and of its rate-limit bucket, so no memory ever holds the
 * secret itself. Four longs: cheap to hash and compare, unlike the hex string the table stores.
 */
public record TokenHash(long a, long b, long c, long d) {
    /** Longer than any token this server issues: refused before it is hashed. */
    public static final int MAX_TOKEN_LENGTH = 200;
    private static final MessageDigest SHA_256 = newSha256();

    /** The hash of a presented token; empty for a blank or over-long one, which no one holds. */
    public static Optional<TokenHash> ofToken(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(of(digest(token)));
    }

    /** The hash as stored, in hex (64 digits). */
    public static TokenHash ofHex(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("a token hash is 64 hex digits");
        }
        return of(HexFormat.of().parseHex(hex));
    }

    private static TokenHash of(byte[] digest) {
        ByteBuffer buffer = ByteBuffer.wrap(digest);
        return new TokenHash(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
    }

    /** The 64 lower-case hex digits stored in {@code api_token.token_hash}. */
    public String hex() {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(a) + hex.toHexDigits(b) + hex.toHexDigits(c) + hex.toHexDigits(d);
    }

    /** The token's SHA-256. Cloning a ready digest spares the provider look-up on every request. */
    public static byte[] digest(String token) {
        MessageDigest sha256;
        try {
            sha256 = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            sha256 = newSha256();
        }
        return sha256.digest(token.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Never the digits: a hash in a log line is as good as the token to whoever reads the table. */
    @Override
    public String toString() {
        return "TokenHash[…]";
    }
}
