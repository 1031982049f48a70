package com.servelink.adapter.http.server;

import com.servelink.adapter.http.error.HttpError;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;

import java.util.Deque;
import java.util.Optional;

/**
 * The request head's limits (100 query parameters, 16 KiB of request line and headers), checked
 * by the server before routing so that a refusal is a problem like any other. Undertow's own
 * limits are set higher ({@link #PARSER_MAX_PARAMETERS}, {@link #PARSER_MAX_HEAD_BYTES}): a
 * request over them fails while Undertow parses it, before any handler runs, and gets its bare
 * 400 with an empty body and a closed connection; between ours and its, the client gets a
 * readable answer.
 */
public final class RequestLimits {
    public static final int MAX_PARAMETERS = 100;
    public static final int MAX_HEAD_BYTES = 16 * 1024;
    /** Undertow's parser limits, the last resort (its answer there is a bare 400). */
    public static final int PARSER_MAX_PARAMETERS = 1_000;
    public static final int PARSER_MAX_HEAD_BYTES = 64 * 1024;

    private RequestLimits() {
    }

    /** The refusal of a request over the limits, if it is. */
    static Optional<HttpError> violation(HttpServerExchange exchange) {
        int parameters = 0;
        for (Deque<String> values : exchange.getQueryParameters().values()) {
            parameters += values.size();
        }
        if (parameters > MAX_PARAMETERS) {
            return Optional.of(HttpError.badRequest("at most " + MAX_PARAMETERS + " query parameters are accepted, got "
                    + parameters));
        }
        long uri = exchange.getRequestURI().length() + exchange.getQueryString().length() + 1;
        if (uri > MAX_HEAD_BYTES) {
            return Optional.of(new HttpError(414, "URI too long", "the request target is over " + MAX_HEAD_BYTES
                    + " bytes"));
        }
        long head = uri + exchange.getRequestMethod().length() + exchange.getProtocol().length() + 4;
        for (HeaderValues header : exchange.getRequestHeaders()) {
            for (String value : header) {
                head += header.getHeaderName().length() + value.length() + 4;
            }
        }
        if (head > MAX_HEAD_BYTES) {
            return Optional.of(new HttpError(431, "Request header fields too large", "the request line and headers "
                    + "are over " + MAX_HEAD_BYTES + " bytes"));
        }
        return Optional.empty();
    }
}
