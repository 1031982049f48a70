package com.servelink.application.service.notification;

import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.team.UserId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed tokens of the one-click unsubscribe links: {@code <payload>.<signature>}, both
 * base64url without padding, the payload {@code <user id>:<category>}, the signature its
 * HMAC-SHA256 under a key of the platform's (derived from the secret key by the composition
 * root). A token does not expire: it only ever turns one category off for one user.
 */
public final class UnsubscribeTokens {
    /** A verified token's content. */
    public record Claim(UserId user, NotificationCategory category) {
    }

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    public UnsubscribeTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the unsubscribe key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
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

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
