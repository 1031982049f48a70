package com.servelink.adapter.persistence.catalog;

import com.servelink.adapter.persistence.catalog.PricingFile.AddOnSpec;
import com.servelink.adapter.persistence.catalog.PricingFile.FeaturesSpec;
import com.servelink.adapter.persistence.catalog.PricingFile.LimitsSpec;
import com.servelink.adapter.persistence.catalog.PricingFile.PlanSpec;
import com.servelink.adapter.persistence.catalog.PricingFile.PolicySpec;
import com.servelink.adapter.persistence.catalog.PricingFile.PriceSpec;
import com.servelink.adapter.persistence.catalog.PricingFile.ResourceTypeSpec;
import com.servelink.adapter.persistence.catalog.PricingFile.TextSpec;
import com.servelink.domain.catalog.AddOnDescription;
import com.servelink.domain.catalog.InactiveProjectPolicy;
import com.servelink.domain.catalog.LocalizedText;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PlanFeatures;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PlanLimits;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a bound {@link PricingFile} that Jackson cannot express, checked in file order with
 * every problem collected (not only the first), then the domain's {@link PricingCatalog} built
 * from it: ranges and whole numbers, at most the currency's minor-unit decimals (2 for EUR), the
 * only billing cycle sold, the plan id's shape, known resource types, and that a plan sells only a
 * type {@code resource_types} describes, under the same unit label.
 */
final class PricingFileCheck {
    static final String NON_NEGATIVE = "must be a non-negative number";
    static final String AMOUNT = "must be a number such as 1.00";
    static final String SIZE = "must be a whole number, 0 or more";
    static final String COUNT = "must be a whole number, 0 or more, or -1 for unlimited";
    static final String DAYS = "must be a whole number of days, 1 or more";
    /** What each number of the file must be, by property name (the names are unique in the file). */
    static final Map<String, String> NUMBERS = Map.of(
            "cpu", NON_NEGATIVE, "ram_mb", SIZE, "traffic_gb", SIZE, "storage_mb", SIZE,
            "projects", COUNT, "members", COUNT, "amount", AMOUNT, "price_per_unit", AMOUNT,
            "pause_after_days", DAYS, "delete_after_days", DAYS);

    private static final Pattern PLAN_ID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final List<String> problems = new ArrayList<>();

    /** Every problem found by {@link #catalog}, in file order. */
    List<String> problems() {
        return problems;
    }

    /** The catalog, or null when {@link #problems()} says why not. */
    PricingCatalog catalog(PricingFile file) {
        if (file.plans().isEmpty()) {
            problems.add("plans: the catalog needs at least one plan");
        }
        List<Plan> plans = new ArrayList<>();
        file.plans().forEach((id, spec) -> plan(id, spec, child("plans", id)).ifPresent(plans::add));

        Map<ResourceType, AddOnDescription> descriptions = new EnumMap<>(ResourceType.class);
        file.resourceTypes().forEach((code, spec) -> {
            String path = child("resource_types", code);
            type(code, path).ifPresent(type -> {
                if (spec == null) {
                    problems.add(path + ": must be an object, got null");
                } else {
                    description(type, spec, path).ifPresent(description -> descriptions.put(type, description));
                }
            });
        });
        file.plans().forEach((id, spec) -> describedOffers(child("plans", id), spec, file));

        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new PricingCatalog(plans, List.copyOf(descriptions.values()));
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private Optional<Plan> plan(String id, PlanSpec spec, String path) {
        int before = problems.size();
        if (!PLAN_ID.matcher(id).matches()) {
            problems.add(path + ": a plan id is 1 to 40 lowercase letters, digits, '_' or '-', starting with a letter");
        }
        String name = text(spec.name(), path + ".name");
        PriceSpec price = spec.price();
        Money monthly = money(price.amount(), price.currency(), path + ".price", "amount", false);
        if (!"monthly".equals(price.billingCycle())) {
            problems.add(path + ".price.billing_cycle: must be \"monthly\" (the only cycle sold), got "
                    + quoted(price.billingCycle()));
        }
        PlanLimits limits = limits(spec.limits(), path + ".limits");
        PlanFeatures features = features(spec.features(), path + ".features");
        Map<ResourceType, Money> addOnPrices = new EnumMap<>(ResourceType.class);
        if (spec.additionalResources() != null) {
            spec.additionalResources().forEach((code, offer) -> {
                String offerPath = child(path + ".additional_resources", code);
                type(code, offerPath).ifPresent(type -> {
                    if (offer == null) {
                        problems.add(offerPath + ": must be an object, got null");
                        return;
                    }
                    text(offer.unit(), offerPath + ".unit");
                    Money unitPrice = money(offer.pricePerUnit(), offer.currency(), offerPath, "price_per_unit", true);
                    addOnPrices.put(type, unitPrice);
                });
            });
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Plan(new PlanId(id), name, monthly, limits, features, addOnPrices));
        } catch (RuntimeException e) {
            problems.add(path + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private PlanLimits limits(LimitsSpec spec, String path) {
        int before = problems.size();
        BigDecimal cpu = spec.cpu();
        if (cpu.signum() < 0) {
            problems.add(path + ".cpu: " + NON_NEGATIVE + ", got " + cpu.toPlainString());
        }
        long ram = whole(spec.ramMb(), path + ".ram_mb", 0, Long.MAX_VALUE, SIZE);
        long traffic = whole(spec.trafficGb(), path + ".traffic_gb", 0, Long.MAX_VALUE, SIZE);
        long storage = whole(spec.storageMb(), path + ".storage_mb", 0, Long.MAX_VALUE, SIZE);
        long projects = whole(spec.projects(), path + ".projects", PlanLimits.UNLIMITED, Integer.MAX_VALUE, COUNT);
        long members = whole(spec.members(), path + ".members", PlanLimits.UNLIMITED, Integer.MAX_VALUE, COUNT);
        return problems.size() > before
                ? null
                : new PlanLimits(cpu, ram, traffic, storage, (int) projects, (int) members);
    }

    private PlanFeatures features(FeaturesSpec spec, String path) {
        Optional<InactiveProjectPolicy> policy = Optional.empty();
        PolicySpec days = spec.inactiveProjectPolicy();
        if (days != null) {
            String policyPath = path + ".inactive_project_policy";
            long pause = whole(days.pauseAfterDays(), policyPath + ".pause_after_days", 1, Integer.MAX_VALUE, DAYS);
            long delete = whole(days.deleteAfterDays(), policyPath + ".delete_after_days", 1, Integer.MAX_VALUE, DAYS);
            if (pause < 1 || delete < 1) { // a problem was reported
                return null;
            }
            policy = Optional.of(new InactiveProjectPolicy((int) pause, (int) delete));
        }
        return new PlanFeatures(spec.prioritySupport(), spec.advancedAnalytics(), spec.customDomains(), policy);
    }

    /** Each type a plan sells is described in {@code resource_types}, under the same unit label. */
    private void describedOffers(String planPath, PlanSpec plan, PricingFile file) {
        if (plan.additionalResources() == null) {
            return;
        }
        plan.additionalResources().forEach((code, offer) -> {
            if (offer == null || offer.unit().isBlank()) {
                return; // an unknown type or a blank unit, already reported
            }
            String offerPath = planPath + ".additional_resources." + code;
            ResourceTypeSpec description = file.resourceTypes().get(code);
            if (description == null && !file.resourceTypes().containsKey(code)) {
                problems.add(offerPath + ": the plan sells " + code + " but resource_types." + code
                        + " gives no display name, description and icon for it");
            } else if (description != null && !description.unit().isBlank() && !description.unit().equals(offer.unit())) {
                problems.add(offerPath + ".unit: \"" + offer.unit() + "\" differs from resource_types." + code
                        + ".unit \"" + description.unit() + "\"");
            }
        });
    }

    private Optional<AddOnDescription> description(ResourceType type, ResourceTypeSpec spec, String path) {
        int before = problems.size();
        LocalizedText name = localized(spec.name(), path + ".name");
        LocalizedText description = localized(spec.description(), path + ".description");
        String icon = text(spec.icon(), path + ".icon");
        String unit = text(spec.unit(), path + ".unit");
        return problems.size() > before
                ? Optional.empty()
                : Optional.of(new AddOnDescription(type, name, unit, description, icon));
    }

    private LocalizedText localized(TextSpec spec, String path) {
        String fr = text(spec.fr(), path + ".fr");
        String en = text(spec.en(), path + ".en");
        return fr == null || en == null ? null : new LocalizedText(fr, en);
    }

    /**
     * An exact amount in a known currency, with no more decimals than the currency has;
     * {@code positive} refuses zero as well as negative amounts.
     */
    private Money money(BigDecimal amount, String code, String path, String amountField, boolean positive) {
        Currency currency = currency(code, path + ".currency");
        String amountPath = path + "." + amountField;
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            problems.add(amountPath + ": must be " + (positive ? "more than 0" : "0 or more") + ", got "
                    + amount.toPlainString());
            return null;
        }
        if (currency == null) {
            return null;
        }
        int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > decimals) {
            problems.add(amountPath + ": has more than " + decimals + " decimals for "
                    + currency.getCurrencyCode() + ", got " + amount.toPlainString());
            return null;
        }
        return new Money(amount, currency);
    }

    private Currency currency(String code, String path) {
        if (CURRENCY_CODE.matcher(code).matches()) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
        }
        problems.add(path + ": unknown currency " + quoted(code) + "; expected an ISO 4217 code such as EUR");
        return null;
    }

    private Optional<ResourceType> type(String code, String path) {
        Optional<ResourceType> type = Arrays.stream(ResourceType.values())
                .filter(candidate -> candidate.code().equals(code))
                .findFirst();
        if (type.isEmpty()) {
            problems.add(path + ": unknown resource type; expected one of " + ResourceType.codes());
        }
        return type;
    }

    /** The number when it is whole and within [min, max]; otherwise a problem and {@code Long.MIN_VALUE}. */
    private long whole(BigDecimal number, String path, long min, long max, String expected) {
        if (number.stripTrailingZeros().scale() <= 0
                && number.compareTo(BigDecimal.valueOf(min)) >= 0
                && number.compareTo(BigDecimal.valueOf(max)) <= 0) {
            return number.longValueExact();
        }
        problems.add(path + ": " + expected + ", got " + number.toPlainString());
        return Long.MIN_VALUE;
    }

    private String text(String value, String path) {
        if (value.isBlank()) {
            problems.add(path + ": must be a non-empty string, got " + describe(value));
            return null;
        }
        return value;
    }

    /** {@code parent.key}, or {@code parent["odd key"]} when the key is not a plain word. */
    static String child(String parent, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[" + quoted(key) + "]";
    }

    /** A string found where something else was expected, for messages: quoted, cut at 40 characters. */
    static String describe(String text) {
        return "the string " + quoted(text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
