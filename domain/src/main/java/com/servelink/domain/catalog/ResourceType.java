package com.servelink.domain.catalog;

import com.servelink.domain.shared.DomainException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of add-on a team can buy, with what one unit adds to the team's limits. The unit
 * sizes are part of the product's meaning (SPEC §2), so they live here; prices and texts are
 * catalog data.
 */
public enum ResourceType {
    RAM("ram", new BigDecimal("500")),
    CPU("cpu", new BigDecimal("1.0")),
    TRAFFIC("traffic", new BigDecimal("10")),
    STORAGE("storage", new BigDecimal("10"));

    private final String code;
    private final BigDecimal amountPerUnit;

    ResourceType(String code, BigDecimal amountPerUnit) {
        this.code = code;
        this.amountPerUnit = amountPerUnit;
    }

    /** The wire name: {@code ram}, {@code cpu}, {@code traffic}, {@code storage}. */
    public String code() {
        return code;
    }

    /** What one unit adds: MB of RAM, CPU cores, GB of traffic, GB of storage. */
    public BigDecimal amountPerUnit() {
        return amountPerUnit;
    }

    public static ResourceType fromCode(String code, String field) {
        for (ResourceType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw DomainException.invalidField(field, "must be one of " + codes());
    }

    public static String codes() {
        return Arrays.stream(values()).map(ResourceType::code).collect(Collectors.joining(", "));
    }
}
