package com.servelink.bootstrap.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@code pricing-specs.json} (SPEC §2) into the domain's {@link PricingCatalog}, and refuses
 * a file that is not exactly right with one {@link InvalidConfigurationException} naming every bad
 * field by its JSON path ({@code plans.pro.limits.cpu: must be a non-negative number, got -1}).
 *
 * <p>The file keeps the shape of the platform's pricing file, plus one section for display texts:
 * <pre>
 * {
 *   "plans": {                                   one entry per plan, in display order
 *     "&lt;plan id&gt;": {                             lowercase: free, pro
 *       "name": "Pro",
 *       "price": {"amount": 3.00, "currency": "EUR", "billing_cycle": "monthly"},
 *       "limits": {"cpu": 4.0, "ram_mb": 6144, "traffic_gb": 10, "storage_mb": 10240,
 *                  "projects": -1, "members": -1},               -1 = unlimited (projects, members only)
 *       "features": {"priority_support": true, "advanced_analytics": true, "custom_domains": true,
 *                    "inactive_project_policy": {"pause_after_days": 5, "delete_after_days": 7} or null},
 *       "additional_resources": {                 or null when the plan sells no add-on
 *         "&lt;type&gt;": {"unit": "500 MB", "price_per_unit": 1.00, "currency": "EUR"}   ram, cpu, traffic, storage
 *       }
 *     }
 *   },
 *   "resource_types": {                          how each add-on type is shown, the same for every plan
 *     "&lt;type&gt;": {"name": {"fr": "…", "en": "…"}, "description": {"fr": "…", "en": "…"},
 *                "icon": "memory", "unit": "500 MB"}
 *   }
 * }
 * </pre>
 *
 * <p>Every field shown is required ({@code null} is written out where allowed); unknown fields are
 * refused, so a misspelt key never passes silently. Amounts are read as exact decimals, never
 * {@code double}, with at most the currency's minor-unit decimals (2 for EUR). A plan may only sell
 * a type that {@code resource_types} describes, under the same unit label. What one unit adds to the
 * limits (500 MB, 1 CPU, 10 GB, 10 GB) is fixed by {@link ResourceType}, not by this file.
 */
public final class JsonPricingCatalogLoader {
    /** Where the catalog shipped in the runnable jar lives on the classpath. */
    public static final String CLASSPATH_RESOURCE = "pricing-specs.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Keeps "4.0" as written: a stripped 4 would be a different BigDecimal.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Pattern PLAN_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private static final List<String> ROOT_FIELDS = List.of("plans", "resource_types");
    private static final List<String> PLAN_FIELDS =
            List.of("name", "price", "limits", "features", "additional_resources");
    private static final List<String> PRICE_FIELDS = List.of("amount", "currency", "billing_cycle");
    private static final List<String> LIMIT_FIELDS =
            List.of("cpu", "ram_mb", "traffic_gb", "storage_mb", "projects", "members");
    private static final List<String> FEATURE_FIELDS =
            List.of("priority_support", "advanced_analytics", "custom_domains", "inactive_project_policy");
    private static final List<String> POLICY_FIELDS = List.of("pause_after_days", "delete_after_days");
    private static final List<String> OFFER_FIELDS = List.of("unit", "price_per_unit", "currency");
    private static final List<String> DISPLAY_FIELDS = List.of("name", "description", "icon", "unit");
    private static final List<String> TEXT_FIELDS = List.of("fr", "en");
    private static final String MONTHLY = "monthly";

    private JsonPricingCatalogLoader() {
    }

    /** The catalog shipped in the jar ({@value #CLASSPATH_RESOURCE}). */
    public static PricingCatalog fromClasspath() {
        String source = "classpath:" + CLASSPATH_RESOURCE;
        InputStream in = JsonPricingCatalogLoader.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE);
        if (in == null) {
            throw new InvalidConfigurationException("pricing file " + source + " is missing from the classpath");
        }
        try (InputStream stream = in) {
            return load(stream, source);
        } catch (IOException e) {
            throw new InvalidConfigurationException("pricing file " + source + " cannot be read: " + e, e);
        }
    }

    /** A replacement catalog named in configuration ({@code SERVELINK_PRICING_FILE}). */
    public static PricingCatalog fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, source);
        } catch (NoSuchFileException e) {
            throw new InvalidConfigurationException("pricing file " + source + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new InvalidConfigurationException("pricing file " + source + " is not readable", e);
        } catch (IOException e) {
            throw new InvalidConfigurationException("pricing file " + source + " cannot be read: " + e, e);
        }
    }

    /** The configured file when there is one, else the catalog shipped in the jar. */
    public static PricingCatalog fromFileOrClasspath(Optional<Path> file) {
        return file.map(JsonPricingCatalogLoader::fromFile).orElseGet(JsonPricingCatalogLoader::fromClasspath);
    }

    /** Reads a catalog from a stream (not closed here); messages start with "pricing file:". */
    public static PricingCatalog load(InputStream in) {
        return load(in, null);
    }

    /**
     * Reads a catalog from a stream (not closed here); {@code source} (a path, or null) names the
     * file in messages.
     */
    public static PricingCatalog load(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        String subject = source == null || source.isBlank() ? "pricing file" : "pricing file " + source;
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidConfigurationException(subject + ": malformed JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidConfigurationException(subject + " cannot be read: " + e, e);
        }
        Reader reader = new Reader();
        PricingCatalog catalog = reader.catalog(root);
        if (!reader.problems.isEmpty()) {
            throw new InvalidConfigurationException(subject, reader.problems);
        }
        return catalog;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** One pass over the tree, collecting every problem instead of stopping at the first. */
    private static final class Reader {
        private final List<String> problems = new ArrayList<>();

        PricingCatalog catalog(JsonNode root) {
            if (root == null || root.isMissingNode()) {
                problems.add("the file is empty; expected a JSON object with plans and resource_types");
                return null;
            }
            if (!root.isObject()) {
                problems.add("the file must hold a JSON object with plans and resource_types, got "
                        + describe(root));
                return null;
            }
            onlyKnownFields(root, "", ROOT_FIELDS);
            JsonNode plansNode = object(root, "", "plans", false);
            JsonNode typesNode = object(root, "", "resource_types", false);

            List<Plan> plans = new ArrayList<>();
            Map<String, Map<ResourceType, String>> soldUnits = new LinkedHashMap<>();
            if (plansNode != null) {
                if (plansNode.isEmpty()) {
                    problems.add("plans: the catalog needs at least one plan");
                }
                for (Map.Entry<String, JsonNode> entry : plansNode.properties()) {
                    String path = child("plans", entry.getKey());
                    Map<ResourceType, String> units = new EnumMap<>(ResourceType.class);
                    Plan plan = plan(entry.getKey(), entry.getValue(), path, units);
                    soldUnits.put(path, units);
                    if (plan != null) {
                        plans.add(plan);
                    }
                }
            }
            Map<ResourceType, AddOnDescription> descriptions = new EnumMap<>(ResourceType.class);
            if (typesNode != null) {
                for (Map.Entry<String, JsonNode> entry : typesNode.properties()) {
                    String path = child("resource_types", entry.getKey());
                    Optional<ResourceType> type = resourceType(entry.getKey(), path);
                    if (type.isPresent()) {
                        AddOnDescription description = description(type.get(), entry.getValue(), path);
                        if (description != null) {
                            descriptions.put(type.get(), description);
                        }
                    }
                }
                soldUnits.forEach((planPath, units) -> units.forEach((type, unit) -> {
                    String offerPath = planPath + ".additional_resources." + type.code();
                    AddOnDescription description = descriptions.get(type);
                    if (description == null) {
                        if (!typesNode.has(type.code())) {
                            problems.add(offerPath + ": the plan sells " + type.code()
                                    + " but resource_types." + type.code()
                                    + " gives no display name, description and icon for it");
                        }
                    } else if (!description.unitLabel().equals(unit)) {
                        problems.add(offerPath + ".unit: \"" + unit + "\" differs from resource_types."
                                + type.code() + ".unit \"" + description.unitLabel() + "\"");
                    }
                }));
            }
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

        private Plan plan(String key, JsonNode node, String path, Map<ResourceType, String> soldUnits) {
            boolean keyOk = PLAN_KEY.matcher(key).matches();
            if (!keyOk) {
                problems.add(path + ": a plan id is 1 to 40 lowercase letters, digits, '_' or '-',"
                        + " starting with a letter");
            }
            if (!node.isObject()) {
                problems.add(path + ": must be an object, got " + describe(node));
                return null;
            }
            onlyKnownFields(node, path, PLAN_FIELDS);
            String name = text(node, path, "name");
            Money price = null;
            JsonNode priceNode = object(node, path, "price", false);
            if (priceNode != null) {
                String pricePath = path + ".price";
                onlyKnownFields(priceNode, pricePath, PRICE_FIELDS);
                price = money(priceNode, pricePath, "amount", false);
                String cycle = text(priceNode, pricePath, "billing_cycle");
                if (cycle != null && !cycle.equals(MONTHLY)) {
                    problems.add(pricePath + ".billing_cycle: must be \"monthly\" (the only cycle sold), got \""
                            + cycle + "\"");
                }
            }
            PlanLimits limits = limits(object(node, path, "limits", false), path + ".limits");
            PlanFeatures features = features(object(node, path, "features", false), path + ".features");
            Map<ResourceType, Money> addOnPrices = addOnPrices(node, path, soldUnits);
            if (!keyOk || name == null || price == null || limits == null || features == null
                    || addOnPrices == null) {
                return null;
            }
            try {
                return new Plan(new PlanId(key), name, price, limits, features, addOnPrices);
            } catch (RuntimeException e) {
                problems.add(path + ": " + e.getMessage());
                return null;
            }
        }

        private PlanLimits limits(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            onlyKnownFields(node, path, LIMIT_FIELDS);
            BigDecimal cpu = null;
            JsonNode cpuNode = field(node, path, "cpu");
            if (cpuNode != null) {
                if (!cpuNode.isNumber() || cpuNode.decimalValue().signum() < 0) {
                    problems.add(path + ".cpu: must be a non-negative number, got " + describe(cpuNode));
                } else {
                    cpu = cpuNode.decimalValue();
                }
            }
            String amount = "must be a whole number, 0 or more";
            Long ram = whole(node, path, "ram_mb", 0, Long.MAX_VALUE, amount);
            Long traffic = whole(node, path, "traffic_gb", 0, Long.MAX_VALUE, amount);
            Long storage = whole(node, path, "storage_mb", 0, Long.MAX_VALUE, amount);
            String count = "must be a whole number, 0 or more, or -1 for unlimited";
            Long projects = whole(node, path, "projects", PlanLimits.UNLIMITED, Integer.MAX_VALUE, count);
            Long members = whole(node, path, "members", PlanLimits.UNLIMITED, Integer.MAX_VALUE, count);
            if (cpu == null || ram == null || traffic == null || storage == null || projects == null
                    || members == null) {
                return null;
            }
            return new PlanLimits(cpu, ram, traffic, storage, projects.intValue(), members.intValue());
        }

        private PlanFeatures features(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            onlyKnownFields(node, path, FEATURE_FIELDS);
            Boolean priority = bool(node, path, "priority_support");
            Boolean analytics = bool(node, path, "advanced_analytics");
            Boolean domains = bool(node, path, "custom_domains");
            String policyPath = path + ".inactive_project_policy";
            boolean policyOk = true;
            Optional<InactiveProjectPolicy> policy = Optional.empty();
            if (!node.has("inactive_project_policy")) {
                problems.add(policyPath + ": is missing; write null when projects of this plan are never paused");
                policyOk = false;
            } else {
                JsonNode policyNode = object(node, path, "inactive_project_policy", true);
                if (policyNode == null && !node.get("inactive_project_policy").isNull()) {
                    policyOk = false;
                } else if (policyNode != null) {
                    onlyKnownFields(policyNode, policyPath, POLICY_FIELDS);
                    String days = "must be a whole number of days, 1 or more";
                    Long pause = whole(policyNode, policyPath, "pause_after_days", 1, Integer.MAX_VALUE, days);
                    Long delete = whole(policyNode, policyPath, "delete_after_days", 1, Integer.MAX_VALUE, days);
                    if (pause == null || delete == null) {
                        policyOk = false;
                    } else {
                        policy = Optional.of(new InactiveProjectPolicy(pause.intValue(), delete.intValue()));
                    }
                }
            }
            if (priority == null || analytics == null || domains == null || !policyOk) {
                return null;
            }
            return new PlanFeatures(priority, analytics, domains, policy);
        }

        /** The prices of the add-ons a plan sells; empty for null; null when something is wrong. */
        private Map<ResourceType, Money> addOnPrices(JsonNode plan, String planPath,
                                                     Map<ResourceType, String> soldUnits) {
            String path = planPath + ".additional_resources";
            if (!plan.has("additional_resources")) {
                problems.add(path + ": is missing; write null when the plan sells no add-on");
                return null;
            }
            JsonNode node = object(plan, planPath, "additional_resources", true);
            if (node == null) {
                return plan.get("additional_resources").isNull() ? Map.of() : null;
            }
            Map<ResourceType, Money> prices = new EnumMap<>(ResourceType.class);
            boolean ok = true;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String offerPath = child(path, entry.getKey());
                Optional<ResourceType> type = resourceType(entry.getKey(), offerPath);
                JsonNode offer = entry.getValue();
                if (type.isEmpty()) {
                    ok = false;
                    continue;
                }
                if (!offer.isObject()) {
                    problems.add(offerPath + ": must be an object with unit, price_per_unit and currency, got "
                            + describe(offer));
                    ok = false;
                    continue;
                }
                onlyKnownFields(offer, offerPath, OFFER_FIELDS);
                String unit = text(offer, offerPath, "unit");
                Money price = money(offer, offerPath, "price_per_unit", true);
                if (unit == null || price == null) {
                    ok = false;
                    continue;
                }
                soldUnits.put(type.get(), unit);
                prices.put(type.get(), price);
            }
            return ok ? prices : null;
        }

        private AddOnDescription description(ResourceType type, JsonNode node, String path) {
            if (!node.isObject()) {
                problems.add(path + ": must be an object with name, description, icon and unit, got "
                        + describe(node));
                return null;
            }
            onlyKnownFields(node, path, DISPLAY_FIELDS);
            LocalizedText name = localized(object(node, path, "name", false), path + ".name");
            LocalizedText description = localized(object(node, path, "description", false),
                    path + ".description");
            String icon = text(node, path, "icon");
            String unit = text(node, path, "unit");
            if (name == null || description == null || icon == null || unit == null) {
                return null;
            }
            return new AddOnDescription(type, name, unit, description, icon);
        }

        private LocalizedText localized(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            onlyKnownFields(node, path, TEXT_FIELDS);
            String fr = text(node, path, "fr");
            String en = text(node, path, "en");
            return fr == null || en == null ? null : new LocalizedText(fr, en);
        }

        /**
         * An exact amount in a known currency, with no more decimals than the currency has;
         * {@code positive} refuses zero as well as negative amounts.
         */
        private Money money(JsonNode node, String path, String amountField, boolean positive) {
            Currency currency = currency(node, path);
            JsonNode amountNode = field(node, path, amountField);
            if (amountNode == null) {
                return null;
            }
            String amountPath = path + "." + amountField;
            if (!amountNode.isNumber()) {
                problems.add(amountPath + ": must be a number such as 1.00, got " + describe(amountNode));
                return null;
            }
            BigDecimal amount = amountNode.decimalValue();
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

        private Currency currency(JsonNode node, String path) {
            String code = text(node, path, "currency");
            if (code == null) {
                return null;
            }
            if (CURRENCY_CODE.matcher(code).matches()) {
                try {
                    return Currency.getInstance(code);
                } catch (IllegalArgumentException unknown) {
                    // reported below
                }
            }
            problems.add(path + ".currency: unknown currency \"" + code
                    + "\"; expected an ISO 4217 code such as EUR");
            return null;
        }

        private Optional<ResourceType> resourceType(String code, String path) {
            for (ResourceType type : ResourceType.values()) {
                if (type.code().equals(code)) {
                    return Optional.of(type);
                }
            }
            problems.add(path + ": unknown resource type; expected one of " + ResourceType.codes());
            return Optional.empty();
        }

        private Long whole(JsonNode node, String path, String name, long min, long max, String expected) {
            JsonNode value = field(node, path, name);
            if (value == null) {
                return null;
            }
            if (value.isNumber()) {
                BigDecimal number = value.decimalValue();
                if (number.stripTrailingZeros().scale() <= 0
                        && number.compareTo(BigDecimal.valueOf(min)) >= 0
                        && number.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return number.longValueExact();
                }
            }
            problems.add(path + "." + name + ": " + expected + ", got " + describe(value));
            return null;
        }

        private Boolean bool(JsonNode node, String path, String name) {
            JsonNode value = field(node, path, name);
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                problems.add(path + "." + name + ": must be true or false, got " + describe(value));
                return null;
            }
            return value.booleanValue();
        }

        private String text(JsonNode node, String path, String name) {
            JsonNode value = field(node, path, name);
            if (value == null) {
                return null;
            }
            if (!value.isTextual() || value.textValue().isBlank()) {
                problems.add(path + "." + name + ": must be a non-empty string, got " + describe(value));
                return null;
            }
            return value.textValue();
        }

        /** A child object; null (with a problem, unless {@code nullable} and the value is null) otherwise. */
        private JsonNode object(JsonNode node, String path, String name, boolean nullable) {
            JsonNode value = field(node, path, name);
            if (value == null || (nullable && value.isNull())) {
                return null;
            }
            if (!value.isObject()) {
                problems.add(child(path, name) + ": must be an object" + (nullable ? " or null" : "")
                        + ", got " + describe(value));
                return null;
            }
            return value;
        }

        private JsonNode field(JsonNode node, String path, String name) {
            JsonNode value = node.get(name);
            if (value == null) {
                problems.add(child(path, name) + ": is missing");
            }
            return value;
        }

        private void onlyKnownFields(JsonNode node, String path, List<String> known) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String name = entry.getKey();
                if (!known.contains(name)) {
                    problems.add(child(path, name) + ": unknown field; expected " + String.join(", ", known));
                }
            }
        }
    }

    /** {@code parent.key}, or {@code parent["odd key"]} when the key is not a plain word. */
    private static String child(String parent, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** What was found instead, for messages: a number as written, a short string quoted, else its kind. */
    private static String describe(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value.isBoolean()) {
            return String.valueOf(value.booleanValue());
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
