package com.servelink.adapter.http.error;

/**
 * A refusal decided by the HTTP adapter itself, before any use case runs: malformed JSON,
 * missing token, body too large, wrong media type, unknown route.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public HttpError(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static HttpError badRequest(String detail) {
        return new HttpError(400, "Bad request", detail);
    }

    public static HttpError unauthorized(String detail) {
        return new HttpError(401, "Unauthorized", detail);
    }

    public static HttpError forbidden(String detail) {
        return new HttpError(403, "Forbidden", detail);
    }

    public static HttpError notFound(String detail) {
        return new HttpError(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
