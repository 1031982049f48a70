package com.servelink.adapter.persistence.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.servelink.domain.catalog.PricingCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a {@code pricing-specs.json} (SPEC §2) into the domain's {@link PricingCatalog}: Jackson
 * binds the file to {@link PricingFile}'s records (every property required, unknown ones refused,
 * exact decimals, no string or boolean taken for a number), {@link PricingFileCheck} checks what
 * binding cannot say and collects every such problem. A file that is not exactly right is refused
 * with a {@link PricingFileException} naming each bad field by its JSON path
 * ({@code plans.pro.limits.cpu: must be a non-negative number, got -1}), or the line and column of
 * malformed JSON (duplicated keys and trailing content included).
 *
 * <p>The file, as shipped in this jar ({@value #SHIPPED_RESOURCE}):
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
 * What one unit adds to the limits (500 MB, 1 CPU, 10 GB, 10 GB) is fixed by the domain's
 * {@code ResourceType}, not by this file.
 */
public final class JsonPricingCatalog {
    /** Where the catalog shipped in this jar lives on the classpath. */
    public static final String SHIPPED_RESOURCE = "pricing-specs.json";

    private static final Set<String> NULLABLE = Set.of("additional_resources", "inactive_project_policy");
    private static final Pattern MISSING = Pattern.compile("^Missing required creator property '([^']+)'");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Keeps "4.0" as written: a stripped 4 would be a different BigDecimal.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
            .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.Integer))
            .withCoercionConfig(LogicalType.Textual,
                    refuse(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
            .build();

    private JsonPricingCatalog() {
    }

    /** The catalog shipped in this jar ({@value #SHIPPED_RESOURCE}), named {@code classpath:pricing-specs.json}. */
    public static PricingCatalog shipped() {
        String source = "classpath:" + SHIPPED_RESOURCE;
        InputStream in = JsonPricingCatalog.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE);
        if (in == null) {
            throw PricingFileException.unreadable(source, "is missing from the classpath", null);
        }
        try (InputStream stream = in) {
            return read(stream, source);
        } catch (IOException e) {
            throw PricingFileException.unreadable(source, "cannot be read: " + e, e);
        }
    }

    /** A catalog file, named by its path in messages. */
    public static PricingCatalog read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw PricingFileException.unreadable(source, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw PricingFileException.unreadable(source, "is not readable", e);
        } catch (IOException e) {
            throw PricingFileException.unreadable(source, "cannot be read: " + e, e);
        }
    }

    /**
     * A catalog from a stream (not closed here); {@code sourceName} (a path, or null) names the file
     * in messages, which start with "pricing file:" when it is null.
     */
    public static PricingCatalog read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw PricingFileException.problems(sourceName,
                    List.of("malformed JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw PricingFileException.unreadable(sourceName, "cannot be read: " + e, e);
        }
        if (root == null || root.isMissingNode()) {
            throw PricingFileException.problems(sourceName,
                    List.of("the file is empty; expected a JSON object with plans and resource_types"), null);
        }
        if (!root.isObject()) {
            throw PricingFileException.problems(sourceName,
                    List.of("the file must hold a JSON object with plans and resource_types, got " + describe(root)),
                    null);
        }
        PricingFile file;
        try {
            file = MAPPER.treeToValue(root, PricingFile.class);
        } catch (JsonMappingException e) {
            throw PricingFileException.problems(sourceName, List.of(problem(e, root)), e);
        } catch (JacksonException e) {
            throw PricingFileException.problems(sourceName, List.of(e.getOriginalMessage()), e);
        }
        PricingFileCheck check = new PricingFileCheck();
        PricingCatalog catalog = check.catalog(file);
        if (catalog == null) {
            throw PricingFileException.problems(sourceName, check.problems(), null);
        }
        return catalog;
    }

    /** Jackson's refusal said the way the checks say theirs: the JSON path, what it must be, what it is. */
    private static String problem(JsonMappingException e, JsonNode root) {
        String path = "";
        JsonNode found = root;
        String last = "";
        for (Reference reference : e.getPath()) { // property names only: the file binds no array
            last = String.valueOf(reference.getFieldName());
            path = PricingFileCheck.child(path, last);
            found = found == null ? null : found.get(last);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName().equals(last) ? path : PricingFileCheck.child(path, unknown.getPropertyName());
            return field + ": unknown field; expected " + Arrays.stream(unknown.getReferringClass().getRecordComponents())
                    .map(component -> component.getAccessor().getAnnotation(JsonProperty.class).value())
                    .collect(Collectors.joining(", "));
        }
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            String name = missing.group(1);
            String hint = switch (name) {
                case "additional_resources" -> "; write null when the plan sells no add-on";
                case "inactive_project_policy" -> "; write null when projects of this plan are never paused";
                default -> "";
            };
            return (name.equals(last) ? path : PricingFileCheck.child(path, name)) + ": is missing" + hint;
        }
        return path + ": " + expected(last, e) + (found == null ? "" : ", got " + describe(found));
    }

    private static String expected(String field, JsonMappingException e) {
        String number = PricingFileCheck.NUMBERS.get(field);
        if (number != null) {
            return number;
        }
        Class<?> target = e instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null ? mismatch.getTargetType() : Object.class;
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return "must be a non-empty string";
        }
        return "must be an object" + (NULLABLE.contains(field) ? " or null" : "");
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** What was found instead, for messages: a number as written, a short string quoted, else its kind. */
    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case NUMBER -> value.decimalValue().toPlainString();
            case STRING -> PricingFileCheck.describe(value.textValue());
            case BOOLEAN -> String.valueOf(value.booleanValue());
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }
}
