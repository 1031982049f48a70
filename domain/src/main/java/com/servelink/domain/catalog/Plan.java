package com.servelink.domain.catalog;

import com.servelink.domain.shared.Money;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan of the catalog: its monthly price, its limits, its features and the add-ons it sells
 * (none on plans that sell none).
 */
public record Plan(PlanId id, String name, Money monthlyPrice, PlanLimits limits, PlanFeatures features,
                   Map<ResourceType, Money> addOnPrices) {
    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(monthlyPrice, "monthlyPrice");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(features, "features");
        addOnPrices = addOnPrices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(addOnPrices));
        if (addOnPrices.values().stream().anyMatch(price -> price.amount().signum() <= 0)) {
            throw new IllegalArgumentException("add-on prices must be positive");
        }
    }

    public boolean sellsAddOns() {
        return !addOnPrices.isEmpty();
    }

    public Optional<Money> addOnPrice(ResourceType type) {
        return Optional.ofNullable(addOnPrices.get(type));
    }

    public boolean hasPrioritySupport() {
        return features.prioritySupport();
    }
}
