package com.servelink.domain.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a plan gives a team, pooled across its projects. {@code projects} and {@code members}
 * use {@link #UNLIMITED} for no limit, as the platform's pricing file does.
 */
public record PlanLimits(BigDecimal cpuCores, long memoryMb, long trafficGb, long storageMb,
                         int projects, int members) {
    public static final int UNLIMITED = -1;

    public PlanLimits {
        Objects.requireNonNull(cpuCores, "cpuCores");
        if (cpuCores.signum() < 0 || memoryMb < 0 || trafficGb < 0 || storageMb < 0) {
            throw new IllegalArgumentException("plan limits cannot be negative");
        }
        if (projects < UNLIMITED || members < UNLIMITED) {
            throw new IllegalArgumentException("projects and members are -1 (unlimited) or more");
        }
    }
}
