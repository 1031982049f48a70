package com.servelink.bootstrap.config;

import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The operator's switches of the outgoing webhooks' SSRF guard, both off by default: a team's
 * endpoint must be an https URL on a public address.
 *
 * @param allowHttp    {@code SERVELINK_WEBHOOKS_ALLOW_HTTP} ({@code false}): also accept http URLs
 * @param allowPrivate {@code SERVELINK_WEBHOOKS_ALLOW_PRIVATE} ({@code false}): also accept loopback,
 *                     private, link-local and other internal addresses (tests, a closed network)
 */
public record WebhookSettings(boolean allowHttp, boolean allowPrivate) {
    public static final String ALLOW_HTTP = "SERVELINK_WEBHOOKS_ALLOW_HTTP";
    public static final String ALLOW_PRIVATE = "SERVELINK_WEBHOOKS_ALLOW_PRIVATE";
    public static final List<String> VARIABLES = List.of(ALLOW_HTTP, ALLOW_PRIVATE);
    public static final WebhookSettings DEFAULTS = new WebhookSettings(false, false);

    static WebhookSettings read(Map<String, String> env, OutboxTuning.Refusals refusals) {
        return new WebhookSettings(flag(env, ALLOW_HTTP, refusals), flag(env, ALLOW_PRIVATE, refusals));
    }

    private static boolean flag(Map<String, String> env, String name, OutboxTuning.Refusals refusals) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                refusals.bad(name, value, "true or false");
                return false;
        }
    }
}
