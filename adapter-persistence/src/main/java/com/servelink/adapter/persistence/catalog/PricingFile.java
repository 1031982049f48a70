package com.servelink.adapter.persistence.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.servelink.domain.catalog.ResourceType;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * The shape of {@code pricing-specs.json}, bound by Jackson: every property is required (a missing
 * one is refused by name), unknown ones are refused, numbers are exact {@link BigDecimal}s and no
 * value may be {@code null} but the two marked {@link Nulls#SET} ({@code additional_resources},
 * {@code inactive_project_policy}: present, and {@code null} when there is nothing to say). Plans
 * and resource types keep the file's order. What Jackson cannot say (ranges, decimals per
 * currency, the plan id's shape, references between plans and resource types) is checked by
 * {@link PricingFileCheck} once the file is bound.
 */
record PricingFile(
        @JsonProperty(value = "plans", required = true) Map<String, PlanSpec> plans,
        @JsonSetter(contentNulls = Nulls.SET)
        @JsonDeserialize(contentUsing = KnownTypesOnly.Description.class)
        @JsonProperty(value = "resource_types", required = true) Map<String, ResourceTypeSpec> resourceTypes) {

    // contentNulls: an unknown type's value is skipped and left null (see KnownTypesOnly); a null
    // written under a known type is refused by PricingFileCheck.
    record PlanSpec(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "price", required = true) PriceSpec price,
            @JsonProperty(value = "limits", required = true) LimitsSpec limits,
            @JsonProperty(value = "features", required = true) FeaturesSpec features,
            @JsonSetter(nulls = Nulls.SET, contentNulls = Nulls.SET)
            @JsonDeserialize(contentUsing = KnownTypesOnly.Offer.class)
            @JsonProperty(value = "additional_resources", required = true) Map<String, AddOnSpec> additionalResources) {
    }

    record PriceSpec(
            @JsonProperty(value = "amount", required = true) BigDecimal amount,
            @JsonProperty(value = "currency", required = true) String currency,
            @JsonProperty(value = "billing_cycle", required = true) String billingCycle) {
    }

    record LimitsSpec(
            @JsonProperty(value = "cpu", required = true) BigDecimal cpu,
            @JsonProperty(value = "ram_mb", required = true) BigDecimal ramMb,
            @JsonProperty(value = "traffic_gb", required = true) BigDecimal trafficGb,
            @JsonProperty(value = "storage_mb", required = true) BigDecimal storageMb,
            @JsonProperty(value = "projects", required = true) BigDecimal projects,
            @JsonProperty(value = "members", required = true) BigDecimal members) {
    }

    record FeaturesSpec(
            @JsonProperty(value = "priority_support", required = true) Boolean prioritySupport,
            @JsonProperty(value = "advanced_analytics", required = true) Boolean advancedAnalytics,
            @JsonProperty(value = "custom_domains", required = true) Boolean customDomains,
            @JsonSetter(nulls = Nulls.SET)
            @JsonProperty(value = "inactive_project_policy", required = true) PolicySpec inactiveProjectPolicy) {
    }

    record PolicySpec(
            @JsonProperty(value = "pause_after_days", required = true) BigDecimal pauseAfterDays,
            @JsonProperty(value = "delete_after_days", required = true) BigDecimal deleteAfterDays) {
    }

    /** One add-on a plan sells: {@code "ram": {"unit": "500 MB", "price_per_unit": 1.00, "currency": "EUR"}}. */
    record AddOnSpec(
            @JsonProperty(value = "unit", required = true) String unit,
            @JsonProperty(value = "price_per_unit", required = true) BigDecimal pricePerUnit,
            @JsonProperty(value = "currency", required = true) String currency) {
    }

    /** How an add-on type is shown, the same for every plan. */
    record ResourceTypeSpec(
            @JsonProperty(value = "name", required = true) TextSpec name,
            @JsonProperty(value = "description", required = true) TextSpec description,
            @JsonProperty(value = "icon", required = true) String icon,
            @JsonProperty(value = "unit", required = true) String unit) {
    }

    record TextSpec(
            @JsonProperty(value = "fr", required = true) String fr,
            @JsonProperty(value = "en", required = true) String en) {
    }

    /**
     * Binds the value under a resource type key only when the key is a known type; under an
     * unknown key it skips the value and leaves {@code null}, so the check reports the key once
     * ("unknown resource type") instead of Jackson stopping at what the value lacks.
     */
    abstract static class KnownTypesOnly<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        KnownTypesOnly(Class<T> type) {
            super(type);
        }

        static boolean known(String code) {
            return Arrays.stream(ResourceType.values()).anyMatch(type -> type.code().equals(code));
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!known(p.currentName())) {
                p.skipChildren();
                return null;
            }
            return (T) ctxt.readValue(p, handledType());
        }

        static final class Offer extends KnownTypesOnly<AddOnSpec> {
            private static final long serialVersionUID = 1L;

            Offer() {
                super(AddOnSpec.class);
            }
        }

        static final class Description extends KnownTypesOnly<ResourceTypeSpec> {
            private static final long serialVersionUID = 1L;

            Description() {
                super(ResourceTypeSpec.class);
            }
        }
    }
}
