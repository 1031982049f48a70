package com.servelink.application.port.out;

import com.servelink.domain.notification.WebhookKind;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Calls one webhook endpoint once: renders the event for the endpoint's kind (the raw signed
 * event, or a Slack or Discord message), POSTs it with short timeouts and without following
 * redirects, and tells how it went. It never throws for a failure of the receiver.
 */
public interface WebhookSender {
    /**
     * @param secrets the secrets to sign with, current first ({@code webhook} kind only)
     * @param at      the signature's timestamp
     */
    record Request(URI url, WebhookKind kind, OutboxEvent event, List<String> secrets, Instant at) {
        public Request {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(event, "event");
            secrets = List.copyOf(secrets);
            Objects.requireNonNull(at, "at");
        }
    }

    /** The answer's status (none when there was no answer), the time it took, and the failure if any. */
    record Response(OptionalInt status, Duration latency, Optional<String> error) {
        public static Response answered(int status, Duration latency) {
            return new Response(OptionalInt.of(status), latency, status >= 200 && status < 300
                    ? Optional.empty() : Optional.of("HTTP " + status));
        }

        public static Response failed(String error, Duration latency) {
            return new Response(OptionalInt.empty(), latency, Optional.of(error));
        }
    }

    Response send(Request request);
}
