package com.servelink.domain.billing;

import com.servelink.domain.catalog.ResourceType;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a team's counting add-ons add to its plan, in the units of SPEC §3:
 * {@code ram_mb}, {@code cpu_cores}, {@code traffic_gb}, {@code storage_gb}.
 */
public record AddOnTotals(long ramMb, BigDecimal cpuCores, long trafficGb, long storageGb) {
    public static final AddOnTotals NONE = new AddOnTotals(0, new BigDecimal("0.0"), 0, 0);

    public AddOnTotals {
        Objects.requireNonNull(cpuCores, "cpuCores");
        if (ramMb < 0 || cpuCores.signum() < 0 || trafficGb < 0 || storageGb < 0) {
            throw new IllegalArgumentException("add-on totals cannot be negative");
        }
    }

    /** Totals from the number of counting units of each type (absent types count zero). */
    public static AddOnTotals fromUnits(Map<ResourceType, Long> unitsByType) {
        Map<ResourceType, Long> units = new EnumMap<>(ResourceType.class);
        units.putAll(unitsByType);
        return new AddOnTotals(
                amount(ResourceType.RAM, units).longValueExact(),
                amount(ResourceType.CPU, units),
                amount(ResourceType.TRAFFIC, units).longValueExact(),
                amount(ResourceType.STORAGE, units).longValueExact());
    }

    private static BigDecimal amount(ResourceType type, Map<ResourceType, Long> units) {
        long count = units.getOrDefault(type, 0L);
        if (count < 0) {
            throw new IllegalArgumentException("negative unit count for " + type.code());
        }
        return type.amountPerUnit().multiply(BigDecimal.valueOf(count));
    }

    public AddOnTotals plus(AddOnTotals other) {
        return new AddOnTotals(ramMb + other.ramMb, cpuCores.add(other.cpuCores),
                trafficGb + other.trafficGb, storageGb + other.storageGb);
    }
}
