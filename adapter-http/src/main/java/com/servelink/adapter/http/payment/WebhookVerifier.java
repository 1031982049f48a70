package com.servelink.adapter.http.payment;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** Checks that a webhook's raw bytes come from the provider, before anything parses them. */
public interface WebhookVerifier {
    /** @throws com.servelink.adapter.http.error.HttpError 400 when the signature or its time is wrong */
    void verify(byte[] body, Function<String, Optional<String>> headers, Instant now);
}
