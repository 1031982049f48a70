package com.servelink.adapter.http.payment;

import com.servelink.adapter.http.error.HttpError;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sandbox provider's signature: {@code X-Servelink-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256(secret, "<t>.<raw body>")>}, accepted within 5 minutes either way (as Stripe's).
 */
public final class SandboxWebhookSignature implements WebhookVerifier {
    public static final String HEADER = "X-Servelink-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;

    public SandboxWebhookSignature(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The header value signing {@code body} at {@code at}. */
    public String sign(byte[] body, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(t, body));
    }

    @Override
    public void verify(byte[] body, Function<String, Optional<String>> headers, Instant now) {
        String header = headers.apply(HEADER)
                .orElseThrow(() -> HttpError.badRequest("missing " + HEADER + " header"));
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    throw HttpError.badRequest(HEADER + " has a malformed timestamp");
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw HttpError.badRequest(HEADER + " must carry t= and v1=");
        }
        long skew = Math.abs(now.getEpochSecond() - timestamp);
        if (skew > TOLERANCE.toSeconds()) {
            throw HttpError.badRequest("the webhook timestamp is more than 5 minutes from now");
        }
        byte[] expected = HexFormat.of().formatHex(hmac(timestamp, body)).getBytes(StandardCharsets.US_ASCII);
        boolean valid = false;
        for (String signature : signatures) {
            valid |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        if (!valid) {
            throw HttpError.badRequest("the webhook signature does not match");
        }
    }

    private byte[] hmac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
