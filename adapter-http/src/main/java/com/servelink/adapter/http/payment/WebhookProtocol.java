package com.servelink.adapter.http.payment;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one provider's webhooks are authenticated and read. The signature is always checked on
 * the raw bytes before anything parses them.
 */
public interface WebhookProtocol {
    /** @throws com.servelink.adapter.http.error.HttpError 400 when the signature or its time is wrong */
    void verify(byte[] body, Function<String, Optional<String>> headers, Instant now);

    /** @throws com.servelink.adapter.http.error.HttpError 400 when the payload is malformed */
    ProviderEvent parse(byte[] body);
}
