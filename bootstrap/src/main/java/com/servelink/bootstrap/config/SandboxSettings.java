package com.servelink.bootstrap.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the sandbox provider answers what no button can: off-session renewal charges.
 *
 * @param renewalsComplete {@code SERVELINK_SANDBOX_RENEWALS}: {@code complete} (the default) charges
 *                         every renewal at once, {@code fail} declines them, to try both paths
 */
public record SandboxSettings(boolean renewalsComplete) {
    public static final String RENEWALS = "SERVELINK_SANDBOX_RENEWALS";
    public static final List<String> VARIABLES = List.of(RENEWALS);
    public static final SandboxSettings DEFAULTS = new SandboxSettings(true);

    static SandboxSettings read(Map<String, String> env, OutboxTuning.Refusals refusals) {
        String value = env.get(RENEWALS);
        if (value == null || value.isBlank()) {
            return DEFAULTS;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "complete":
                return new SandboxSettings(true);
            case "fail":
                return new SandboxSettings(false);
            default:
                refusals.bad(RENEWALS, value, "complete or fail");
                return DEFAULTS;
        }
    }
}
