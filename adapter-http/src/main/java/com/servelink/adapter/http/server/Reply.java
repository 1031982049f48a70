package com.servelink.adapter.http.server;

import com.servelink.adapter.http.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What a handler answers: a status, a media type, a body, extra headers and cookies to set. */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, List<String> cookies) {
    public static final String JSON = "application/json";

    public Reply {
        headers = Map.copyOf(headers);
        cookies = List.copyOf(cookies);
    }

    public Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, List.of());
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
