package com.servelink.bootstrap.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How this node works off the outbox: whether it dispatches at all, how often it looks, how many
 * deliveries it attempts at once, how long it holds one (a node killed mid-delivery frees it after
 * this), and the retry schedule's first delay and window.
 *
 * @param dispatch     {@code SERVELINK_OUTBOX_DISPATCH} ({@code on}): off on a node that only serves requests
 * @param pollInterval {@code SERVELINK_OUTBOX_POLL_INTERVAL} ({@code PT1S})
 * @param concurrency  {@code SERVELINK_OUTBOX_CONCURRENCY} (8, 1 to 64)
 * @param lease        {@code SERVELINK_OUTBOX_LEASE} ({@code PT1M}; at least 15 s, above the slowest attempt)
 * @param retryBase    {@code SERVELINK_OUTBOX_RETRY_BASE} ({@code PT10S}): the first retry's delay, doubled each time up to 1 h
 * @param retryWindow  {@code SERVELINK_OUTBOX_RETRY_WINDOW} ({@code PT24H}): no attempt after it
 * @param retention    {@code SERVELINK_OUTBOX_RETENTION} ({@code P30D}): how long the daily purge keeps
 *                     an event whose deliveries all ended
 */
public record OutboxTuning(boolean dispatch, Duration pollInterval, int concurrency, Duration lease,
                           Duration retryBase, Duration retryWindow, Duration retention) {
    public static final String DISPATCH = "SERVELINK_OUTBOX_DISPATCH";
    public static final String POLL_INTERVAL = "SERVELINK_OUTBOX_POLL_INTERVAL";
    public static final String CONCURRENCY = "SERVELINK_OUTBOX_CONCURRENCY";
    public static final String LEASE = "SERVELINK_OUTBOX_LEASE";
    public static final String RETRY_BASE = "SERVELINK_OUTBOX_RETRY_BASE";
    public static final String RETRY_WINDOW = "SERVELINK_OUTBOX_RETRY_WINDOW";
    public static final String RETENTION = "SERVELINK_OUTBOX_RETENTION";
    public static final List<String> VARIABLES = List.of(DISPATCH, POLL_INTERVAL, CONCURRENCY, LEASE, RETRY_BASE,
            RETRY_WINDOW, RETENTION);
    public static final OutboxTuning DEFAULTS = new OutboxTuning(true, Duration.ofSeconds(1), 8,
            Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofHours(24), Duration.ofDays(30));

    /** Receives a refused setting: its name, value and what was expected. */
    @FunctionalInterface
    public interface Refusals {
        void bad(String name, String value, String expected);
    }

    public static OutboxTuning read(Map<String, String> env, Refusals refusals) {
        boolean dispatch = DEFAULTS.dispatch;
        String switchValue = env.get(DISPATCH);
        if (switchValue != null && !switchValue.isBlank()) {
            switch (switchValue.trim()) {
                case "on" -> dispatch = true;
                case "off" -> dispatch = false;
                default -> refusals.bad(DISPATCH, switchValue, "on or off");
            }
        }
        Duration poll = duration(env, POLL_INTERVAL, DEFAULTS.pollInterval, Duration.ofMillis(50),
                Duration.ofMinutes(5), refusals);
        int concurrency = DEFAULTS.concurrency;
        String threads = env.get(CONCURRENCY);
        if (threads != null && !threads.isBlank()) {
            try {
                concurrency = Integer.parseInt(threads.trim());
            } catch (NumberFormatException e) {
                concurrency = -1;
            }
            if (concurrency < 1 || concurrency > 64) {
                refusals.bad(CONCURRENCY, threads, "a whole number from 1 to 64");
                concurrency = DEFAULTS.concurrency;
            }
        }
        Duration lease = duration(env, LEASE, DEFAULTS.lease, Duration.ofSeconds(15), Duration.ofHours(1), refusals);
        Duration base = duration(env, RETRY_BASE, DEFAULTS.retryBase, Duration.ofMillis(100), Duration.ofHours(1),
                refusals);
        Duration window = duration(env, RETRY_WINDOW, DEFAULTS.retryWindow, Duration.ofSeconds(1),
                Duration.ofDays(7), refusals);
        Duration retention = duration(env, RETENTION, DEFAULTS.retention, Duration.ofDays(1), Duration.ofDays(3660),
                refusals);
        return new OutboxTuning(dispatch, poll, concurrency, lease, base, window, retention);
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback, Duration min,
                                     Duration max, Refusals refusals) {
        Optional<String> value = Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            Duration parsed = Duration.parse(value.get());
            if (parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0) {
                return parsed;
            }
        } catch (DateTimeParseException unparsable) {
            // reported below
        }
        refusals.bad(name, value.get(), "an ISO-8601 duration from " + min + " to " + max);
        return fallback;
    }
}
