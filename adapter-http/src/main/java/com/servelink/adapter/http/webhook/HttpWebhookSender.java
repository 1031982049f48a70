package com.servelink.adapter.http.webhook;

import com.servelink.application.port.out.WebhookSender;
import com.servelink.domain.notification.WebhookKind;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sends webhooks with the JDK's HTTP client: POST of JSON, 5 s to connect and 5 s for the
 * answer's status, redirects not followed (a 3xx is a failure: following it would let a
 * receiver send the request to an address the SSRF guard never checked), the answer's body not
 * read. 2xx is delivered; anything else, a timeout or a refused connection is a failure, retried.
 */
public final class HttpWebhookSender implements WebhookSender {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);
    private static final String USER_AGENT = "Servelink-Webhooks/1";

    private final HttpClient client;
    private final WebhookPayloads payloads;
    private final Duration responseTimeout;

    public HttpWebhookSender(WebhookPayloads payloads) {
        this(payloads, CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
    }

    HttpWebhookSender(WebhookPayloads payloads, Duration connectTimeout, Duration responseTimeout) {
        this.payloads = payloads;
        this.responseTimeout = responseTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Response send(Request request) {
        byte[] body = payloads.body(request.kind(), request.event());
        HttpRequest.Builder http = HttpRequest.newBuilder(request.url())
                .timeout(responseTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (request.kind() == WebhookKind.WEBHOOK) {
            http.header(WebhookPayloads.SIGNATURE_HEADER, WebhookPayloads.signature(body, request.secrets(),
                    request.at()));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(http.build(), HttpResponse.BodyHandlers.ofInputStream());
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            response.body().close(); // the answer's body is not needed: closing drops it
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                return new Response(OptionalInt.of(status), latency, Optional.of("HTTP " + status
                        + ": redirects are not followed" + response.headers().firstValue("Location")
                        .map(location -> " (Location: " + location + ")").orElse("")));
            }
            return Response.answered(status, latency);
        } catch (HttpConnectTimeoutException e) {
            return Response.failed("connect timed out after " + CONNECT_TIMEOUT.toSeconds() + " s", since(start));
        } catch (HttpTimeoutException e) {
            return Response.failed("no answer within " + responseTimeout.toSeconds() + " s", since(start));
        } catch (ConnectException e) {
            return Response.failed("connection refused or unreachable", since(start));
        } catch (IOException e) {
            return Response.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.failed("interrupted while sending", since(start));
        } catch (IllegalArgumentException e) {
            return Response.failed("the URL cannot be called: " + e.getMessage(), since(start));
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
