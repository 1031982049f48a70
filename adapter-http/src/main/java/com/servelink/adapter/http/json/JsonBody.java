package com.servelink.adapter.http.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.servelink.adapter.http.error.HttpError;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.shared.StorableText;


/**
 * A request body read as a JSON object, with strict types: a string is never an integer, a
 * float never an integer, a boolean never anything else. Reading collects every type error;
 * {@link #requireValid()} then refuses the request naming each field. Unknown fields are
 * ignored; absent fields read as {@code null}, for the use case to require.
 */
public final class JsonBody {
    private final ObjectNode root;
    private final FieldChecks checks = new FieldChecks();

    private JsonBody(ObjectNode root) {
        this.root = root;
    }

    /** Parses a body: empty, malformed or not an object is a 400. */
    public static JsonBody parse(byte[] bytes) {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw HttpError.badRequest("the request body is empty; a JSON object is expected");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw HttpError.badRequest("the JSON body is too deeply nested or has too long a value");
        } catch (JacksonException e) {
            throw HttpError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw HttpError.badRequest("the request body could not be read as JSON");
        }
        if (node == null || !node.isObject()) {
            throw HttpError.badRequest("the request body must be a JSON object");
        }
        requireStorable(node, "");
        return new JsonBody((ObjectNode) node);
    }

    /**
     * Every name and string of the document, read or not, must be {@link StorableText}: a
     * webhook or a usage report reads nested values, and an ignored field is still logged.
     * The refusal names the first offending field by its path ({@code samples[0].project_id}).
     */
    private static void requireStorable(JsonNode node, String path) {
        if (node.isTextual()) {
            StorableText.require(path.isEmpty() ? "body" : path, node.textValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireStorable(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!StorableText.isStorable(field.getKey())) {
                    throw DomainException.invalidField(StorableText.visible(name), "a field name "
                            + StorableText.REFUSED);
                }
                requireStorable(field.getValue(), name);
            }
        }
    }

    public boolean has(String field) {
        return root.has(field);
    }

    /** Whether the field is present with a JSON {@code null}. */
    public boolean isNull(String field) {
        return root.has(field) && root.get(field).isNull();
    }

    public String text(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            checks.add(new FieldError(field, "must be a string"));
            return null;
        }
        return value.textValue();
    }

    /** A number ({@code 12.5}) or a decimal string ({@code "12.50"}), read exactly (no binary floating point). */
    public java.math.BigDecimal decimal(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new java.math.BigDecimal(value.textValue().strip());
            } catch (NumberFormatException e) {
                // reported below with the other kinds
            }
        }
        checks.add(new FieldError(field, "must be a decimal amount, such as 12.50"));
        return null;
    }

    public Integer integer(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            checks.add(new FieldError(field, "must be an integer"));
            return null;
        }
        return value.intValue();
    }

    public Long longInteger(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            checks.add(new FieldError(field, "must be an integer"));
            return null;
        }
        return value.longValue();
    }

    public Boolean bool(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            checks.add(new FieldError(field, "must be true or false"));
            return null;
        }
        return value.booleanValue();
    }

    /** Refuses the request (422) if any field had the wrong type. */
    public JsonBody requireValid() {
        checks.throwIfAny();
        return this;
    }

    public JsonNode raw() {
        return root;
    }
}
