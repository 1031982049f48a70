package com.servelink.adapter.http.error;

/** A client over one of its rate limits: 429, with the seconds it should wait in {@code Retry-After}. */
public final class TooManyRequests extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequests(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
