package com.servelink.bootstrap.config;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How the process can be watched: whether metrics are kept, where {@code GET /metrics} answers,
 * and the shape of log lines.
 *
 * @param metrics     {@code SERVELINK_METRICS}: on (default) or off (nothing measured, {@code /metrics} 404)
 * @param metricsPort {@code SERVELINK_METRICS_PORT}: a port of its own serving {@code /metrics}
 *                    without a token (0: a random free one); unset: only the main port, with the
 *                    operator's token
 * @param logFormat   {@code SERVELINK_LOG_FORMAT}: read by logback.xml itself; checked here so a
 *                    typo stops the start instead of silencing the logs
 */
public record Observability(boolean metrics, OptionalInt metricsPort, LogFormat logFormat) {
    /** The shape of a log line on standard output. */
    public enum LogFormat {
        TEXT, JSON
    }

    public static final Observability DEFAULT = new Observability(true, OptionalInt.empty(), LogFormat.TEXT);

    public Observability {
        Objects.requireNonNull(metricsPort, "metricsPort");
        Objects.requireNonNull(logFormat, "logFormat");
        if (metricsPort.isPresent() && (metricsPort.getAsInt() < 0 || metricsPort.getAsInt() > 65_535)) {
            throw new IllegalArgumentException("metricsPort must be 0 to 65535");
        }
    }
}
