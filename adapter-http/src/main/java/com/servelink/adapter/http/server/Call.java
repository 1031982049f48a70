package com.servelink.adapter.http.server;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.StorableText;
import com.servelink.domain.team.TeamSlug;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One request as a handler sees it: the authenticated actor, path and query parameters, and a
 * body read with the API's limits (64 KiB, JSON only). The body was read before the route ran.
 * Every string handed out is {@link StorableText} (else a 422 naming the parameter): what a
 * handler reads, a database can store or search.
 */
public final class Call {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Bodies up to this size are read to the end before a 413, so the answer is not lost. */
    public static final int MAX_DRAINED_BYTES = 1024 * 1024;

    private final HttpServerExchange exchange;
    private final Actor actor;
    private final Map<String, String> pathParameters;
    private final RequestBody body;

    Call(HttpServerExchange exchange, Actor actor, Map<String, String> pathParameters, RequestBody body) {
        this.exchange = exchange;
        this.actor = actor;
        this.pathParameters = pathParameters;
        this.body = body;
    }

    public Actor actor() {
        if (actor == null) {
            throw HttpError.unauthorized("a bearer token is required");
        }
        return actor;
    }

    public String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return StorableText.require(name, value);
    }

    /** A path id; one that cannot exist (wrong shape) is simply not found. */
    public <T> T pathId(String name, Function<String, T> parser) {
        try {
            return parser.apply(path(name));
        } catch (DomainException e) {
            throw HttpError.notFound(name + " " + path(name) + " not found");
        }
    }

    /** The team named in the path; a slug that cannot exist is a team that does not exist. */
    public TeamSlug team() {
        String slug = path("team_slug");
        if (!TeamSlug.isValid(slug)) {
            throw HttpError.notFound("team " + slug + " not found");
        }
        return new TeamSlug(slug);
    }

    public Optional<String> query(String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty()
                : Optional.of(StorableText.require(name, values.getFirst()));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(StorableText.require(name, exchange.getRequestHeaders().getFirst(name)));
    }

    /**
     * The socket's peer: a proxy in front makes every client look like the proxy, and no
     * {@code X-Forwarded-For} is trusted (decision 107).
     */
    public InetAddress clientAddress() {
        return clientAddress(exchange);
    }

    static InetAddress clientAddress(HttpServerExchange exchange) {
        InetSocketAddress peer = exchange.getConnection().getPeerAddress(InetSocketAddress.class);
        return peer == null ? InetAddress.getLoopbackAddress() : peer.getAddress();
    }

    /** A request cookie's value. */
    public Optional<String> cookie(String name) {
        var cookie = exchange.getRequestCookie(name);
        // a cookie no database could store is no session: absent, not an error
        return cookie == null ? Optional.empty()
                : Optional.ofNullable(cookie.getValue()).filter(StorableText::isStorable);
    }

    /** The path and query string as the client asked for them (for a redirect back after sign-in). */
    public String target() {
        String query = exchange.getQueryString();
        return exchange.getRequestPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    public String method() {
        return exchange.getRequestMethod().toString();
    }

    /** The body as an HTML form ({@code application/x-www-form-urlencoded}); 415 for anything else. */
    public FormBody form() {
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE)).orElse("")
                .toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "Unsupported media type", "send the form as application/x-www-form-urlencoded");
        }
        return FormBody.parse(rawBody());
    }

    public Language language() {
        return Language.fromAcceptLanguage(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
    }

    /** The body as JSON: 415 unless the media type is JSON, 400 if empty or malformed. */
    public JsonBody json() {
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE)).orElse("")
                .toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).trim();
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new HttpError(415, "Unsupported media type",
                    "send the body as application/json (got " + (mediaType.isEmpty() ? "none" : mediaType) + ")");
        }
        return JsonBody.parse(rawBody());
    }

    /** The raw body bytes, at most 64 KiB (413 beyond). */
    public byte[] rawBody() {
        if (body.tooLarge()) {
            throw tooLarge();
        }
        return body.bytes();
    }

    static HttpError tooLarge() {
        return new HttpError(413, "Payload too large", "the request body is over " + MAX_BODY_BYTES + " bytes");
    }
}
