package com.servelink.domain.platform;

import com.servelink.domain.billing.Quantity;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The add-on that brings a metric's limit up to what the team is heading for: the fewest units
 * of the metric's add-on type whose added limit covers the shortfall, at the team's plan price.
 * A purchase holds at most {@link Quantity#MAX} units; when even that falls short,
 * {@code coversForecast} is false.
 */
public record AddOnSuggestion(ResourceType type, int quantity, Money unitPrice, Money price,
                              boolean coversForecast) {
    public AddOnSuggestion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(price, "price");
        new Quantity(quantity);
    }

    /**
     * What covers {@code need} (the month's value so far or its forecast, whichever is higher)
     * against {@code limit} in {@code month}; empty when the need fits the limit or the plan sells
     * no such add-on.
     */
    public static Optional<AddOnSuggestion> toCover(UsageMetric metric, BigDecimal need, BigDecimal limit,
                                                    YearMonth month, Plan plan) {
        if (need.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        ResourceType type = metric.addOnType();
        return plan.addOnPrice(type).map(unitPrice -> {
            BigDecimal perUnit = UsageLimitPolicy.additionPerUnit(metric, month);
            long units = need.subtract(limit).divide(perUnit, 0, RoundingMode.CEILING).longValueExact();
            int quantity = (int) Math.max(Quantity.MIN, Math.min(units, Quantity.MAX));
            return new AddOnSuggestion(type, quantity, unitPrice, unitPrice.times(quantity), units <= Quantity.MAX);
        });
    }
}
