package com.servelink.adapter.http.error;

import com.servelink.domain.catalog.LimitOverrun;
import com.servelink.domain.catalog.PlanLimitReached;
import com.servelink.application.port.out.StorageUnavailableException;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns every refusal and failure into an RFC 9457 problem: the one place where error codes
 * meet HTTP statuses. Unexpected failures are logged with their stack trace and answered with a
 * bare 500 that reveals nothing.
 */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";

    /** A problem ready to send. */
    public record Problem(int status, Map<String, Object> body) {
    }

    private Problems() {
    }

    public static int status(ErrorCode code) {
        return switch (code) {
            case INVALID_FIELD, AMOUNT_MISMATCH -> 422;
            case NOT_FOUND -> 404;
            case FORBIDDEN, PLAN_REQUIRED -> 403;
            case INVALID_TRANSITION, CONFLICT, PLAN_LIMIT_REACHED -> 409;
            case PROVIDER_UNAVAILABLE -> 503;
        };
    }

    private static String title(ErrorCode code) {
        return switch (code) {
            case INVALID_FIELD -> "Invalid field";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case PLAN_REQUIRED -> "Plan required";
            case INVALID_TRANSITION -> "Invalid state transition";
            case CONFLICT -> "Conflict";
            case PLAN_LIMIT_REACHED -> "Plan limit reached";
            case AMOUNT_MISMATCH -> "Amount mismatch";
            case PROVIDER_UNAVAILABLE -> "Payment provider unavailable";
        };
    }

    public static Problem of(Throwable failure) {
        if (failure instanceof DomainException refusal) {
            Map<String, Object> body = body(refusal.code().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    title(refusal.code()), status(refusal.code()), ApiFieldNames.detail(refusal));
            if (!refusal.fieldErrors().isEmpty()) {
                body.put("errors", errors(ApiFieldNames.errors(refusal)));
            }
            if (refusal instanceof PlanLimitReached reached) {
                overLimits(body, reached.overruns());
            }
            return new Problem(status(refusal.code()), body);
        }
        if (failure instanceof HttpError error) {
            return new Problem(error.status(), body(slug(error.title()), error.title(), error.status(),
                    error.getMessage()));
        }
        if (failure instanceof TooManyRequests limited) {
            Map<String, Object> body = body("too-many-requests", "Too many requests", 429, limited.getMessage());
            body.put("retry_after", limited.retryAfterSeconds());
            return new Problem(429, body);
        }
        if (failure instanceof StorageUnavailableException) {
            LOG.warn("database unavailable: {}", failure.getCause() == null ? failure : failure.getCause().toString());
            return new Problem(503, body("database-unavailable", "Service unavailable", 503,
                    "the database is unavailable; retry later"));
        }
        LOG.error("unexpected failure", failure);
        return new Problem(500, body("internal-error", "Internal error", 500, "an unexpected error occurred"));
    }

    /**
     * Each limit concerned, as {@code over_limits}; a refusal about one limit (a project or member
     * too many) also names it at the top: {@code limit}, {@code allowed}, {@code current}.
     */
    private static void overLimits(Map<String, Object> body, List<LimitOverrun> overruns) {
        if (overruns.size() == 1) {
            LimitOverrun only = overruns.get(0);
            body.put("limit", only.limit().code());
            body.put("allowed", only.allowed());
            body.put("current", only.current());
        }
        body.put("over_limits", overruns.stream().map(o -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("limit", o.limit().code());
            item.put("allowed", o.allowed());
            item.put("current", o.current());
            return item;
        }).toList());
    }

    private static List<Map<String, String>> errors(List<FieldError> errors) {
        return errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList();
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static Map<String, Object> body(String type, String title, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:servelink:problem:" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
