package com.servelink.application.service.notification;

import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.team.UserId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed tokens of the one-click unsubscribe links: {@code <payload>.<signature>}, both
 * base64url without padding, the payload {@code <user id>:<category>}, the signature its
 * HMAC-SHA256 under a key of the platform's (derived from the secret key by the composition
 * root). A token does not expire: it only ever turns one category off for one user. The HMAC is
 * RFC 2104's over the JDK's SHA-256 ({@code java.security}), the one part of the JDK's
 * cryptography the application ring may use.
 */
public final class UnsubscribeTokens {
    /** A verified token's content. */
    public record Claim(UserId user, NotificationCategory category) {
    }

    private static final int BLOCK = 64;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final byte[] inner = new byte[BLOCK];
    private final byte[] outer = new byte[BLOCK];

    public UnsubscribeTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the unsubscribe key needs at least 32 bytes");
        }
        byte[] block = key.length > BLOCK ? sha256().digest(key) : key;
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < block.length ? block[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
    }

    public String sign(UserId user, NotificationCategory category) {
        String payload = ENCODER.encodeToString((user.value() + ":" + category.code()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The token's user and category when its signature holds; empty for anything else. */
    public Optional<Claim> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split(":", 2);
            if (parts.length != 2) {
                return Optional.empty();
            }
            return NotificationCategory.byCode(parts[1])
                    .map(category -> new Claim(new UserId(Long.parseLong(parts[0])), category));
        } catch (IllegalArgumentException unreadable) { // bad base64, number or user id
            return Optional.empty();
        }
    }

    /** HMAC-SHA256 (RFC 2104): H(K ^ opad || H(K ^ ipad || message)). */
    private byte[] mac(String payload) {
        MessageDigest digest = sha256();
        digest.update(inner);
        byte[] innerHash = digest.digest(payload.getBytes(StandardCharsets.US_ASCII));
        digest.update(outer);
        return digest.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
