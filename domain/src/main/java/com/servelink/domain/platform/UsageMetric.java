package com.servelink.domain.platform;

import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.DomainException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the platform's metering reports, per project and day. Flows ({@code cpu_core_hours},
 * {@code traffic_gb}) add up over the days of a month; levels ({@code memory_mb_peak},
 * {@code storage_mb}) do not: a month's level is its highest day.
 */
public enum UsageMetric {
    CPU_CORE_HOURS("cpu_core_hours", Aggregation.SUM_OF_DAYS),
    MEMORY_MB_PEAK("memory_mb_peak", Aggregation.PEAK_DAY),
    TRAFFIC_GB("traffic_gb", Aggregation.SUM_OF_DAYS),
    STORAGE_MB("storage_mb", Aggregation.PEAK_DAY);

    /** How the days of a month combine into the month's value for a team. */
    public enum Aggregation {
        /** The sum of every sample of the month, across the team's projects. */
        SUM_OF_DAYS,
        /** Per day, the sum across the team's projects; then the highest day of the month. */
        PEAK_DAY
    }

    private final String code;
    private final Aggregation aggregation;

    UsageMetric(String code, Aggregation aggregation) {
        this.code = code;
        this.aggregation = aggregation;
    }

    /** The wire name: {@code cpu_core_hours}, {@code memory_mb_peak}, {@code traffic_gb}, {@code storage_mb}. */
    public String code() {
        return code;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    /** The add-on that raises the limit this metric is held against. */
    public ResourceType addOnType() {
        return switch (this) {
            case CPU_CORE_HOURS -> ResourceType.CPU;
            case MEMORY_MB_PEAK -> ResourceType.RAM;
            case TRAFFIC_GB -> ResourceType.TRAFFIC;
            case STORAGE_MB -> ResourceType.STORAGE;
        };
    }

    public static UsageMetric fromCode(String code, String field) {
        for (UsageMetric metric : values()) {
            if (metric.code.equals(code)) {
                return metric;
            }
        }
        throw DomainException.invalidField(field, "must be one of " + codes());
    }

    public static String codes() {
        return Arrays.stream(values()).map(UsageMetric::code).collect(Collectors.joining(", "));
    }
}
