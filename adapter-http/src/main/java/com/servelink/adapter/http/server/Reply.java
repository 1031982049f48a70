package com.servelink.adapter.http.server;

import com.servelink.adapter.http.json.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: a status, a media type, a body, extra headers and cookies to set. A
 * streamed reply has no body but a {@link BodyWriter} that writes it as it goes (chunked), for
 * answers too large to hold in memory.
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, List<String> cookies,
                    BodyWriter streamed) {
    public static final String JSON = "application/json";

    public Reply {
        headers = Map.copyOf(headers);
        cookies = List.copyOf(cookies);
    }

    public Reply(int status, String contentType, byte[] body, Map<String, String> headers, List<String> cookies) {
        this(status, contentType, body, headers, cookies, null);
    }

    public Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, List.of());
    }

    /** Writes a streamed body to the response; an {@link IOException} means the client went away. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A 200 whose body {@code writer} streams. */
    public static Reply streamed(String contentType, Map<String, String> headers, BodyWriter writer) {
        return new Reply(200, contentType, new byte[0], headers, List.of(), Objects.requireNonNull(writer, "writer"));
    }

    public static Reply json(int status, Object value) {
        return new Reply(status, JSON, Json.write(value), Map.of());
    }

    public static Reply ok(Object value) {
        return json(200, value);
    }

    public static Reply created(Object value) {
        return json(201, value);
    }

    public static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
