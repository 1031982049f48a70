package com.servelink.adapter.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document served at {@code /openapi.json}, read as a plain JSON tree, with the few
 * look-ups the tests need: operations, parameters and schemas with their {@code $ref}s and
 * {@code allOf}s resolved.
 */
final class OpenApiDocument {
    static final String RESOURCE = "openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** One operation: an HTTP method (upper case) on a path template. */
    record Operation(String method, String path, JsonNode node) {
        String key() {
            return method + " " + path;
        }
    }

    private final byte[] bytes;
    private final JsonNode root;

    private OpenApiDocument(byte[] bytes, JsonNode root) {
        this.bytes = bytes;
        this.root = root;
    }

    static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            byte[] bytes = in.readAllBytes();
            return new OpenApiDocument(bytes, new ObjectMapper().readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode root() {
        return root;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue()));
            }
        }));
        return operations;
    }

    /** Follows {@code $ref}s inside this document until a node that is not a reference. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 10) {
                throw new IllegalStateException("$ref loop at " + node);
            }
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("external $ref " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + ref);
            }
            current = target;
        }
        return current;
    }

    /** The operation's parameters (path-level ones included), resolved. */
    List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        root.path("paths").path(operation.path()).path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.node().path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    Set<String> schemaNames() {
        Set<String> names = new LinkedHashSet<>();
        root.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A schema's properties, those of its {@code allOf} parts included, by name. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
        resolved.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        return properties;
    }

    /** A schema's required property names, those of its {@code allOf} parts included. */
    Set<String> required(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        JsonNode resolved = resolve(schema);
        resolved.path("allOf").forEach(part -> required.addAll(required(part)));
        resolved.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    /**
     * The JSON types a property schema allows: its {@code type} (a string or an array), the
     * types of its {@code oneOf}/{@code anyOf} branches, and {@code object} for a reference to an
     * object schema.
     */
    Set<String> types(JsonNode propertySchema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = propertySchema.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type instanceof ArrayNode array) {
            array.forEach(t -> types.add(t.asText()));
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            propertySchema.path(combinator).forEach(branch -> types.addAll(types(branch)));
        }
        if (propertySchema.has("$ref")) {
            types.addAll(types(resolve(propertySchema)));
            if (types.isEmpty()) {
                types.add("object");
            }
        }
        return types;
    }

    /** The schema names a property refers to, directly or in one of its {@code oneOf}/{@code anyOf} branches. */
    static Set<String> refNames(JsonNode propertySchema) {
        Set<String> names = new LinkedHashSet<>();
        if (propertySchema.has("$ref")) {
            String ref = propertySchema.get("$ref").asText();
            names.add(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            propertySchema.path(combinator).forEach(branch -> names.addAll(refNames(branch)));
        }
        return names;
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
