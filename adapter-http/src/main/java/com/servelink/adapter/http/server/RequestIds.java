package com.servelink.adapter.http.server;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The request id of {@code X-Request-Id}: a caller's (a proxy's or a client's) when it is sane,
 * else a fresh one. Sane is 1 to 64 characters of letters, digits, dot, underscore and hyphen:
 * the id goes into every log line and header, where anything else could forge or break them.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** The MDC key, and the problem+json field. */
    public static final String KEY = "request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** {@code incoming} when sane, else a new random id of 16 hex digits. */
    public static String acceptOrGenerate(String incoming) {
        if (incoming != null && SANE.matcher(incoming).matches()) {
            return incoming;
        }
        return generate();
    }

    static String generate() {
        String hex = Long.toHexString(ThreadLocalRandom.current().nextLong());
        return "0".repeat(16 - hex.length()) + hex;
    }
}
