package com.servelink.domain.catalog;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plans and add-ons the platform sells. Loaded from data ({@code pricing-specs.json}) by an
 * adapter; this type checks that the data is coherent: every add-on a plan sells is described.
 */
public final class PricingCatalog {
    private final Map<PlanId, Plan> plans;
    private final Map<ResourceType, AddOnDescription> addOns;

    public PricingCatalog(List<Plan> plans, List<AddOnDescription> addOns) {
        Map<PlanId, Plan> byId = new LinkedHashMap<>();
        for (Plan plan : plans) {
            if (byId.put(plan.id(), plan) != null) {
                throw new IllegalArgumentException("plans." + plan.id() + " is defined twice");
            }
        }
        Map<ResourceType, AddOnDescription> described = new EnumMap<>(ResourceType.class);
        for (AddOnDescription addOn : addOns) {
            described.put(addOn.type(), addOn);
        }
        for (Plan plan : byId.values()) {
            for (ResourceType sold : plan.addOnPrices().keySet()) {
                if (!described.containsKey(sold)) {
                    throw new IllegalArgumentException("plans." + plan.id() + ".additional_resources."
                            + sold.code() + " has no display name or description");
                }
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("plans: the catalog needs at least one plan");
        }
        // Kept in file order: Map.copyOf would reorder plans differently on every JVM start.
        this.plans = Collections.unmodifiableMap(byId);
        this.addOns = Map.copyOf(described);
    }

    public Optional<Plan> plan(PlanId id) {
        return Optional.ofNullable(plans.get(Objects.requireNonNull(id)));
    }

    /** The plan of a team; a team on a plan missing from the catalog is a configuration error. */
    public Plan requirePlan(PlanId id) {
        return plan(id).orElseThrow(() -> new DomainException(ErrorCode.INVALID_FIELD,
                "plan " + id + " is not in the pricing catalog"));
    }

    public List<Plan> plans() {
        return List.copyOf(plans.values());
    }

    /** The first plan that sells add-ons: named in refusals so the customer knows what to buy. */
    public Optional<Plan> cheapestPlanSellingAddOns() {
        return plans.values().stream().filter(Plan::sellsAddOns)
                .min((a, b) -> a.monthlyPrice().amount().compareTo(b.monthlyPrice().amount()));
    }

    /**
     * The add-on list shown to a team on {@code teamPlan}: every described type, priced at the
     * team's plan price when it sells the type, else at the price of a plan that does.
     */
    public List<AddOnOffer> offersFor(Plan teamPlan, Language language) {
        List<AddOnOffer> offers = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            AddOnDescription description = addOns.get(type);
            if (description == null) {
                continue;
            }
            Optional<Money> ownPrice = teamPlan.addOnPrice(type);
            Optional<Money> price = ownPrice.or(() -> referencePrice(type));
            price.ifPresent(p -> offers.add(new AddOnOffer(type, description.name().in(language),
                    description.unitLabel(), p, description.description().in(language),
                    description.icon(), ownPrice.isPresent())));
        }
        return offers;
    }

    private Optional<Money> referencePrice(ResourceType type) {
        return plans.values().stream().map(plan -> plan.addOnPrice(type))
                .flatMap(Optional::stream).findFirst();
    }
}
