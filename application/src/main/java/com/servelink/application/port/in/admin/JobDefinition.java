package com.servelink.application.port.in.admin;

import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * A scheduled job of the platform: its name, its Quartz cron expression (always UTC), and the
 * batch use case it runs, returning how many records it affected.
 */
public record JobDefinition(String name, String cronUtc, IntSupplier work) {
    public JobDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cronUtc, "cronUtc");
        Objects.requireNonNull(work, "work");
    }
}
