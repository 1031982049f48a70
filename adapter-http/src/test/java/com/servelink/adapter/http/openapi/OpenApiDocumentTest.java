package com.servelink.adapter.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document itself: valid OpenAPI 3.1, and complete in the ways a client relies on. */
class OpenApiDocumentTest {
    private static final Set<String> TAGS = Set.of("resources", "support", "staff", "payments", "admin", "system",
            "sandbox", "usage", "webhooks", "notifications", "kb", "invoices");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static OpenApiDocument document;

    @BeforeAll
    static void load() {
        document = OpenApiDocument.load();
    }

    private static SwaggerParseResult parse(boolean resolveFully) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(resolveFully);
        return new OpenAPIV3Parser().readContents(document.text(), null, options);
    }

    @Test
    void parsesAndValidatesWithSwaggerParserAsOpenApi31() {
        SwaggerParseResult result = parse(false);

        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
        OpenAPI openApi = result.getOpenAPI();
        assertThat(openApi).isNotNull();
        assertThat(openApi.getOpenapi()).startsWith("3.1.");
        assertThat(openApi.getSpecVersion()).isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);
        assertThat(openApi.getInfo().getTitle()).isNotBlank();
        assertThat(openApi.getInfo().getVersion()).isNotBlank();
        assertThat(openApi.getComponents().getSecuritySchemes()).containsKey("bearerAuth");
        assertThat(openApi.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
    }

    @Test
    void resolvesFullyWithoutMessagesEveryReferenceLandingSomewhere() {
        SwaggerParseResult result = parse(true);

        assertThat(result.getMessages()).isEmpty();
        // Our own walk too: every $ref in the document points at an existing node.
        List<String> refs = new ArrayList<>();
        collectRefs(document.root(), refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/");
            assertThat(document.root().at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    /**
     * swagger-parser checks the OpenAPI structure of a 3.1 document but not its JSON Schemas nor
     * some references by name: these checks cover what it leaves out.
     */
    @Test
    void schemasParametersAndSecurityRequirementsAreWellFormed() {
        Set<String> jsonTypes = Set.of("string", "number", "integer", "boolean", "array", "object", "null");
        List<String> problems = new ArrayList<>();
        lint(document.root(), "", jsonTypes, problems);

        Set<String> schemes = OpenApiDocument.fieldNames(document.root().at("/components/securitySchemes"));
        for (OpenApiDocument.Operation operation : document.operations()) {
            operation.node().path("security").forEach(requirement -> OpenApiDocument.fieldNames(requirement)
                    .forEach(name -> {
                        if (!schemes.contains(name)) {
                            problems.add(operation.key() + ": undefined security scheme " + name);
                        }
                    }));
            for (JsonNode parameter : document.parameters(operation)) {
                String where = operation.key() + " parameter " + parameter.path("name").asText("?");
                if (!Set.of("path", "query", "header", "cookie").contains(parameter.path("in").asText())) {
                    problems.add(where + ": in must be path, query, header or cookie");
                }
                if (!parameter.has("schema")) {
                    problems.add(where + ": no schema");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void lint(JsonNode node, String pointer, Set<String> jsonTypes, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                lint(node.get(i), pointer + "/" + i, jsonTypes, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("type");
        if (type != null && !pointer.startsWith("/components/securitySchemes")) {
            List<JsonNode> names = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(names::add);
            } else if (type.isTextual()) {
                names.add(type);
            }
            for (JsonNode name : names) {
                if (!jsonTypes.contains(name.asText())) {
                    problems.add(pointer + ": type " + name + " is not a JSON Schema type");
                }
            }
        }
        JsonNode enumeration = node.get("enum");
        if (enumeration != null && (!enumeration.isArray() || enumeration.isEmpty())) {
            problems.add(pointer + ": enum must be a non-empty array");
        }
        JsonNode required = node.get("required");
        JsonNode properties = node.get("properties");
        if (required != null && required.isArray() && properties != null && properties.isObject()) {
            required.forEach(name -> {
                if (!properties.has(name.asText())) {
                    problems.add(pointer + ": required " + name + " is not a property");
                }
            });
        }
        node.properties().forEach(field -> {
            if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                lint(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                        jsonTypes, problems);
            }
        });
    }

    @Test
    void everyOperationHasATagASummaryAnIdAndResponses() {
        OpenAPI openApi = parse(false).getOpenAPI();
        Set<String> operationIds = new LinkedHashSet<>();
        int operations = 0;
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String where = entry.getKey() + " " + path.getKey();
                operations++;
                assertThat(operation.getSummary()).as(where).isNotBlank();
                assertThat(operation.getTags()).as(where).hasSize(1);
                assertThat(TAGS).as(where).contains(operation.getTags().get(0));
                assertThat(operation.getOperationId()).as(where).isNotBlank();
                assertThat(operationIds.add(operation.getOperationId())).as("unique operationId " + where).isTrue();
                assertThat(operation.getResponses()).as(where).isNotEmpty();
                assertThat(operation.getResponses().keySet().stream().filter(code -> code.startsWith("2")))
                        .as("exactly one success status for " + where).hasSize(1);
            }
        }
        assertThat(operations).isEqualTo(document.operations().size());
        assertThat(openApi.getTags()).extracting(io.swagger.v3.oas.models.tags.Tag::getName)
                .containsExactlyInAnyOrderElementsOf(TAGS);
    }

    @Test
    void pathParametersAreExactlyThoseOfTheTemplateAndRequiredWithAnExample() {
        for (OpenApiDocument.Operation operation : document.operations()) {
            Set<String> inTemplate = new LinkedHashSet<>();
            Matcher matcher = TEMPLATE_PARAMETER.matcher(operation.path());
            while (matcher.find()) {
                inTemplate.add(matcher.group(1));
            }
            List<JsonNode> pathParameters = document.parameters(operation).stream()
                    .filter(p -> p.path("in").asText().equals("path")).toList();

            assertThat(pathParameters).extracting(p -> p.path("name").asText())
                    .as(operation.key()).containsExactlyInAnyOrderElementsOf(inTemplate);
            assertThat(pathParameters).as(operation.key()).allSatisfy(p -> {
                assertThat(p.path("required").asBoolean()).isTrue();
                assertThat(p.has("example")).as("example of " + p.path("name")).isTrue();
                JsonNode schema = document.resolve(p.path("schema"));
                String example = p.path("example").asText();
                if (schema.has("pattern")) {
                    assertThat(example).as("example of " + p.path("name")).matches(schema.get("pattern").asText());
                }
                if (schema.has("enum")) {
                    assertThat(values(schema.get("enum"))).as("example of " + p.path("name")).contains(example);
                }
                if (schema.path("type").asText().equals("integer")) {
                    assertThat(p.path("example").isIntegralNumber()).as("example of " + p.path("name")).isTrue();
                }
            });
        }
    }

    @Test
    void securedOperationsUseBearerAuthAndDocument401WithTheChallengeHeader() {
        JsonNode unauthorized = document.root().at("/components/responses/Unauthorized");
        assertThat(unauthorized.at("/headers/WWW-Authenticate").isMissingNode()).isFalse();

        for (OpenApiDocument.Operation operation : document.operations()) {
            String access = operation.node().path("x-access").asText();
            JsonNode security = operation.node().path("security");
            JsonNode responses = operation.node().path("responses");
            if (access.equals("USER") || access.equals("OPERATOR")) {
                assertThat(security.toString()).as(operation.key()).isEqualTo("[{\"bearerAuth\":[]}]");
                assertThat(responses.path("401").path("$ref").asText()).as(operation.key())
                        .isEqualTo("#/components/responses/Unauthorized");
            } else {
                assertThat(access).as(operation.key()).isIn("PUBLIC", "PROVIDER");
                assertThat(security.isArray() && security.isEmpty()).as(operation.key()).isTrue();
                assertThat(responses.has("401")).as(operation.key()).isFalse();
            }
            if (access.equals("OPERATOR")) {
                assertThat(responses.has("403")).as("a user token on " + operation.key()).isTrue();
            }
        }
    }

    @Test
    void everyJsonBodyIsDocumentedWithItsErrorsAndEveryErrorIsAProblem() {
        for (OpenApiDocument.Operation operation : document.operations()) {
            JsonNode responses = operation.node().path("responses");
            if (operation.node().has("requestBody") && !operation.node().path("x-access").asText().equals("PROVIDER")) {
                assertThat(OpenApiDocument.fieldNames(responses)).as(operation.key())
                        .contains("400", "413", "415", "422");
                assertThat(document.resolve(operation.node().path("requestBody"))
                        .at("/content/application~1json/schema").isMissingNode()).as(operation.key()).isFalse();
            }
            // a page (the unsubscribe link) answers its refusals as a page too
            boolean page = !document.resolve(responses.path("200")).at("/content/text~1html").isMissingNode()
                    && operation.node().path("x-access").asText().equals("PUBLIC");
            responses.properties().forEach(response -> {
                if (page && !document.resolve(response.getValue()).at("/content/text~1html").isMissingNode()) {
                    return;
                }
                if (Integer.parseInt(response.getKey()) >= 400) {
                    JsonNode schema = document.resolve(response.getValue())
                            .at("/content/application~1problem+json/schema");
                    assertThat(schema.isMissingNode()).as(operation.key() + " " + response.getKey()).isFalse();
                    assertThat(document.properties(schema)).as(operation.key() + " " + response.getKey())
                            .containsKeys("type", "title", "status", "detail");
                    if (response.getKey().equals("422") && !operation.node().path("x-access").asText()
                            .equals("PROVIDER")) {
                        assertThat(document.properties(schema)).containsKey("errors");
                    }
                }
            });
        }
    }

    @Test
    void enumeratedQueryParametersAndBodiesCarryTheDomainsCodes() {
        JsonNode parameters = document.root().at("/components/parameters");
        assertThat(values(parameters.at("/TicketStatusFilter/schema/enum")))
                .containsExactly("open", "in_progress", "waiting", "resolved", "closed");
        assertThat(values(parameters.at("/TicketCategoryFilter/schema/enum")))
                .containsExactly("technical", "billing", "feature_request", "bug_report", "other");
        assertThat(values(parameters.at("/TicketPriorityFilter/schema/enum")))
                .containsExactly("low", "normal", "high", "urgent");
        assertThat(values(parameters.at("/MinPriority/schema/enum"))).containsExactly("low", "normal", "high", "urgent");
        assertThat(values(parameters.at("/ResourceStatusFilter/schema/enum")))
                .containsExactly("pending", "active", "expired", "cancelled");
        assertThat(parameters.at("/TicketLimit/schema/minimum").asInt()).isEqualTo(1);
        assertThat(parameters.at("/TicketLimit/schema/maximum").asInt()).isEqualTo(100);
        assertThat(parameters.at("/TicketLimit/schema/default").asInt()).isEqualTo(50);

        for (var code : com.servelink.domain.support.TicketStatus.values()) {
            assertThat(values(parameters.at("/TicketStatusFilter/schema/enum"))).contains(code.code());
        }
        for (var code : com.servelink.domain.support.TicketCategory.values()) {
            assertThat(values(parameters.at("/TicketCategoryFilter/schema/enum"))).contains(code.code());
        }
        for (var code : com.servelink.domain.support.TicketPriority.values()) {
            assertThat(values(parameters.at("/TicketPriorityFilter/schema/enum"))).contains(code.code());
        }
        for (var code : com.servelink.domain.billing.ResourceStatus.values()) {
            assertThat(values(parameters.at("/ResourceStatusFilter/schema/enum"))).contains(code.code());
        }
        JsonNode purchase = document.schema("PurchaseRequest");
        assertThat(values(purchase.at("/properties/resource_type/enum")))
                .containsExactlyElementsOf(java.util.Arrays.stream(com.servelink.domain.catalog.ResourceType.values())
                        .map(com.servelink.domain.catalog.ResourceType::code).toList());
        assertThat(purchase.at("/properties/quantity/type").asText()).isEqualTo("integer");
        assertThat(purchase.at("/properties/quantity/minimum").asInt()).isEqualTo(1);
        assertThat(purchase.at("/properties/quantity/maximum").asInt()).isEqualTo(100);
        assertThat(values(purchase.path("required"))).containsExactlyInAnyOrder("resource_type", "quantity");

        JsonNode ticket = document.schema("TicketCreateRequest");
        assertThat(ticket.at("/properties/subject/minLength").asInt()).isEqualTo(1);
        assertThat(ticket.at("/properties/subject/maxLength").asInt())
                .isEqualTo(com.servelink.domain.support.Ticket.SUBJECT_MAX);
        assertThat(ticket.at("/properties/description/maxLength").asInt())
                .isEqualTo(com.servelink.domain.support.Ticket.DESCRIPTION_MAX);
        assertThat(values(ticket.path("required"))).containsExactlyInAnyOrder("subject", "description");
        for (String schema : List.of("MemberMessageRequest", "StaffMessageRequest")) {
            assertThat(document.schema(schema).at("/properties/message/maxLength").asInt())
                    .isEqualTo(com.servelink.domain.support.Message.MAX_LENGTH);
            assertThat(values(document.schema(schema).path("required"))).containsExactly("message");
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
