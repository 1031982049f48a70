package com.servelink.domain.billing;

import com.servelink.domain.catalog.PlanLimits;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A team's effective limits: its plan plus its counting add-ons. Storage add-ons are sold in GB
 * and plan storage is in MB; one GB is 1024 MB here.
 */
public record TeamLimits(BigDecimal cpuCores, long memoryMb, long trafficGb, long storageMb,
                         PlanLimits planLimits, AddOnTotals additionalResources) {
    public static final long MB_PER_GB = 1024;

    public TeamLimits {
        Objects.requireNonNull(cpuCores, "cpuCores");
        Objects.requireNonNull(planLimits, "planLimits");
        Objects.requireNonNull(additionalResources, "additionalResources");
    }

    public static TeamLimits of(PlanLimits plan, AddOnTotals addOns) {
        return new TeamLimits(
                plan.cpuCores().add(addOns.cpuCores()),
                Math.addExact(plan.memoryMb(), addOns.ramMb()),
                Math.addExact(plan.trafficGb(), addOns.trafficGb()),
                Math.addExact(plan.storageMb(), Math.multiplyExact(MB_PER_GB, addOns.storageGb())),
                plan, addOns);
    }
}
