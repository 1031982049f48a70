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

/**
 * The signature scheme Stripe uses and the sandbox copies: a header {@code t=<unix seconds>,
 * v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=…]}, accepted within a tolerance either way.
 * Several {@code v1} values (the provider signing with old and new secrets during a rotation)
 * and several configured secrets are accepted; comparisons take constant time.
 */
final class HmacSignatures {
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final String headerName;
    private final List<byte[]> secrets;

    HmacSignatures(String headerName, List<String> secrets) {
        if (secrets.isEmpty() || secrets.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a webhook secret is required");
        }
        this.headerName = headerName;
        this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    String sign(byte[] body, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secrets.get(0), t, body));
    }

    void verify(String header, byte[] body, Instant now) {
        if (header == null || header.isBlank()) {
            throw HttpError.badRequest("missing " + headerName + " header");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    throw HttpError.badRequest(headerName + " has a malformed timestamp");
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1].getBytes(StandardCharsets.US_ASCII));
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw HttpError.badRequest(headerName + " must carry t= and v1=");
        }
        long nowSeconds = now.getEpochSecond();
        if (timestamp < nowSeconds - TOLERANCE.toSeconds() || timestamp > nowSeconds + TOLERANCE.toSeconds()) {
            throw HttpError.badRequest("the webhook timestamp is more than 5 minutes from now");
        }
        boolean valid = false;
        for (byte[] secret : secrets) {
            byte[] expected = HexFormat.of().formatHex(hmac(secret, timestamp, body))
                    .getBytes(StandardCharsets.US_ASCII);
            for (byte[] signature : signatures) {
                valid |= MessageDigest.isEqual(expected, signature);
            }
        }
        if (!valid) {
            throw HttpError.badRequest("the webhook signature does not match");
        }
    }

    private static byte[] hmac(byte[] secret, long timestamp, byte[] body) {
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
