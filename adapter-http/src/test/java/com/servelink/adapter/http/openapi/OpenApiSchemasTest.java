package com.servelink.adapter.http.openapi;

import com.servelink.domain.catalog.CountedLimit;
import com.servelink.domain.catalog.LimitOverrun;
import com.servelink.domain.catalog.PlanLimitReached;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.error.TooManyRequests;
import com.servelink.adapter.http.json.Json;
import com.servelink.adapter.http.view.AdminViews;
import com.servelink.adapter.http.view.BillingViews;
import com.servelink.adapter.http.view.InvoiceViews;
import com.servelink.adapter.http.view.KbViews;
import com.servelink.adapter.http.view.NotificationViews;
import com.servelink.adapter.http.view.PlatformViews;
import com.servelink.adapter.http.view.SupportViews;
import com.servelink.adapter.http.view.UsageViews;
import com.servelink.adapter.http.view.WebhookViews;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response schemas of the document are the view records, field for field, as the API's own
 * ObjectMapper writes them: a renamed, added or removed field, or a changed type, breaks this
 * test. The schema of a record {@code FooJson} is {@code components/schemas/Foo}.
 */
class OpenApiSchemasTest {
    private static final List<Class<?>> VIEWS = List.of(BillingViews.class, SupportViews.class, AdminViews.class,
            PlatformViews.class, UsageViews.class, WebhookViews.class,
            NotificationViews.class, KbViews.class, InvoiceViews.class);
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Instant AT = Instant.parse("2025-01-25T10:00:00Z");
    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2025, 1, 25);

    /** Schemas that are not view records: problems, request bodies, and two answers built as maps. */
    private static final Set<String> OTHER_SCHEMAS = Set.of("Problem", "FieldError", "ValidationProblem", "Status",
            "TicketCreated", "PurchaseRequest", "TicketCreateRequest", "MemberMessageRequest", "StaffMessageRequest",
            "MemberTicketUpdate", "StaffTicketUpdate", "TeamCreateRequest", "TeamPlanUpdate", "UserCreateRequest",
            "MemberAddRequest", "WebhookEvent", "ProjectCreateRequest", "TrafficReport", "DeploymentReport",
            "UsageReportRequest", "TokenIssueRequest", "RateLimitProblem", "WebhookCreateRequest",
            "NotificationPreferencesUpdate", "ResourceUpdate", "ArticleWriteRequest", "PlanLimitProblem",
            "RefundRequest", "BillingProfileUpdate");

    private static OpenApiDocument document;

    @BeforeAll
    static void load() {
        document = OpenApiDocument.load();
    }

    static List<Class<?>> viewRecords() {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> views : VIEWS) {
            Arrays.stream(views.getDeclaredClasses()).filter(Class::isRecord)
                    .sorted(java.util.Comparator.comparing(Class::getSimpleName)).forEach(records::add);
        }
        return records;
    }

    static String schemaName(Class<?> record) {
        String name = record.getSimpleName();
        assertThat(name).as("view records are named …Json").endsWith("Json");
        return name.substring(0, name.length() - "Json".length());
    }

    @Test
    void everySchemaIsAViewRecordOrAKnownNonRecordShape() {
        Set<String> fromRecords = new LinkedHashSet<>();
        viewRecords().forEach(r -> fromRecords.add(schemaName(r)));
        assertThat(fromRecords).hasSize(77);

        Set<String> expected = new LinkedHashSet<>(fromRecords);
        expected.addAll(OTHER_SCHEMAS);
        assertThat(document.schemaNames()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @TestFactory
    Stream<DynamicTest> eachViewRecordMatchesItsSchema() {
        return viewRecords().stream().map(record -> DynamicTest.dynamicTest(record.getSimpleName(),
                () -> checkRecord(record)));
    }

    private void checkRecord(Class<?> record) throws Exception {
        String name = schemaName(record);
        JsonNode schema = document.schema(name);
        assertThat(schema.isMissingNode()).as("components/schemas/" + name).isFalse();
        Map<String, JsonNode> properties = document.properties(schema);

        // 1. Jackson's own view of the record: property names after SNAKE_CASE and @JsonProperty.
        BeanDescription description = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(record));
        Map<String, BeanPropertyDefinition> byName = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.couldSerialize()) {
                byName.put(property.getName(), property);
            }
        }
        assertThat(byName.keySet()).as(name + " properties (Jackson introspection)")
                .containsExactlyInAnyOrderElementsOf(properties.keySet());
        assertThat(byName).as("one property per record component").hasSize(record.getRecordComponents().length);

        // 2. A sample with every component set, written by the API's mapper: the same names.
        Object sample = sample(record);
        JsonNode written = MAPPER.valueToTree(sample);
        assertThat(OpenApiDocument.fieldNames(written)).as(name + " properties (serialised sample)")
                .containsExactlyInAnyOrderElementsOf(properties.keySet());

        // 3. Each component's Java type agrees with its property's schema.
        for (RecordComponent component : record.getRecordComponents()) {
            String property = byName.entrySet().stream()
                    .filter(e -> e.getValue().getPrimaryMember() != null
                            && e.getValue().getPrimaryMember().getName().equals(component.getName())
                            || e.getValue().getInternalName().equals(component.getName()))
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(
                            name + ": no JSON property for component " + component.getName()));
            checkType(name + "." + property, component.getType(), component.getGenericType(),
                    properties.get(property), written.get(property));
        }
        assertThat(properties.keySet()).as(name + " required ⊆ properties")
                .containsAll(document.required(schema));
    }

    private void checkType(String where, Class<?> type, Type generic, JsonNode property, JsonNode value) {
        Set<String> types = document.types(property);
        if (type.isPrimitive()) {
            assertThat(types).as(where + " is never null").doesNotContain("null");
        }
        if (type == String.class) {
            assertThat(types).as(where).contains("string");
            assertThat(value.isTextual()).as(where).isTrue();
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            assertThat(types).as(where).contains("integer").doesNotContain("number", "string");
            assertThat(value.isIntegralNumber()).as(where).isTrue();
        } else if (type == BigDecimal.class) {
            assertThat(types).as(where + " (an amount is a JSON number)").contains("number")
                    .doesNotContain("integer", "string");
            assertThat(value.isNumber()).as(where).isTrue();
        } else if (type == boolean.class || type == Boolean.class) {
            assertThat(types).as(where).contains("boolean");
            assertThat(value.isBoolean()).as(where).isTrue();
        } else if (type == Instant.class) {
            assertThat(types).as(where).contains("string");
            assertThat(property.path("format").asText()).as(where + " format").isEqualTo("date-time");
            assertThat(Instant.parse(value.asText())).as(where + " is ISO-8601").isEqualTo(AT);
        } else if (type == java.time.LocalDate.class) {
            assertThat(types).as(where).contains("string");
            assertThat(property.path("format").asText()).as(where + " format").isEqualTo("date");
            assertThat(java.time.LocalDate.parse(value.asText())).as(where + " is ISO-8601").isEqualTo(DAY);
        } else if (List.class.isAssignableFrom(type)) {
            assertThat(types).as(where).contains("array");
            assertThat(value.isArray()).as(where).isTrue();
            Class<?> element = typeArgument(generic, 0);
            if (element.isRecord()) {
                assertThat(OpenApiDocument.refNames(property.path("items"))).as(where + " items")
                        .containsExactly(schemaName(element));
            }
        } else if (Map.class.isAssignableFrom(type)) {
            assertThat(types).as(where).contains("object");
            assertThat(value.isObject()).as(where).isTrue();
        } else if (type.isRecord()) {
            assertThat(OpenApiDocument.refNames(property)).as(where).containsExactly(schemaName(type));
            assertThat(value.isObject()).as(where).isTrue();
        } else {
            throw new AssertionError(where + ": no rule for components of type " + type);
        }
    }

    /** A record with every component set: strings, numbers, now, one-element lists, nested samples. */
    static Object sample(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sampleValue(components[i].getType(), components[i].getGenericType());
        }
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object sampleValue(Class<?> type, Type generic) throws Exception {
        if (type == String.class) {
            return "x";
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == BigDecimal.class) {
            return new BigDecimal("1.50");
        } else if (type == Instant.class) {
            return AT;
        } else if (type == java.time.LocalDate.class) {
            return DAY;
        } else if (List.class.isAssignableFrom(type)) {
            Class<?> element = typeArgument(generic, 0);
            return List.of(sampleValue(element, element));
        } else if (Map.class.isAssignableFrom(type)) {
            return Map.of("open", sampleValue(typeArgument(generic, 1), typeArgument(generic, 1)));
        } else if (type.isRecord()) {
            return sample(type);
        }
        throw new AssertionError("no sample for " + type);
    }

    private static Class<?> typeArgument(Type generic, int index) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[index];
        return argument instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) argument).getRawType();
    }

    private static TicketView freshTicket() {
        Ticket ticket = Ticket.open(TicketId.fromOpaque("123"), TeamId.fromOpaque("abc"), new UserId(42),
                "Problème de déploiement", "Mon application ne démarre pas...", TicketCategory.TECHNICAL,
                TicketPriority.HIGH, true, AT);
        return TicketView.of(ticket, AT, List.of(ticket.descriptionMessage(MessageId.fromOpaque("1"))),
                SlaPolicy.DEFAULT);
    }

    @Test
    void aRealTicketHasEveryRequiredPropertyInListsAndInDetail() {
        TicketView view = freshTicket();
        JsonNode ticket = document.schema("Ticket");

        JsonNode summary = MAPPER.valueToTree(SupportViews.TicketJson.summary(view));
        JsonNode detail = MAPPER.valueToTree(SupportViews.TicketJson.detail(view));

        assertThat(OpenApiDocument.fieldNames(summary)).as("a ticket in a list")
                .containsExactlyInAnyOrderElementsOf(document.required(ticket));
        Set<String> memberDetail = new LinkedHashSet<>(document.properties(ticket).keySet());
        memberDetail.remove("billing"); // the staff view's only
        assertThat(OpenApiDocument.fieldNames(detail)).as("a ticket in detail")
                .containsExactlyInAnyOrderElementsOf(memberDetail);
        assertThat(detail.has("billing")).as("a member's ticket view carries no billing").isFalse();
        // The nulls of a new ticket are written, and the schema allows them.
        summary.properties().forEach(field -> {
            if (field.getValue().isNull()) {
                assertThat(document.types(document.properties(ticket).get(field.getKey())))
                        .as("Ticket." + field.getKey() + " is nullable").contains("null");
            }
        });
    }

    @Test
    void theTicketCreationAnswerMatchesTicketCreated() {
        JsonNode created = MAPPER.valueToTree(SupportViews.created(freshTicket()));
        JsonNode schema = document.schema("TicketCreated");

        Set<String> fields = new LinkedHashSet<>(document.properties(schema).keySet());
        fields.remove("billing"); // a Ticket property of the staff view only
        assertThat(OpenApiDocument.fieldNames(created)).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(OpenApiDocument.fieldNames(created)).containsAll(document.required(schema));
        assertThat(OpenApiDocument.fieldNames(created)).startsWith("ticket_id", "status", "priority", "category",
                "created_at");
    }

    /** The schema's fields but request_id, which the server adds to every problem it sends (ObservedRequestsTest). */
    private static java.util.Set<String> withoutRequestId(JsonNode schema) {
        java.util.Set<String> fields = new java.util.TreeSet<>(document.properties(schema).keySet());
        assertThat(fields.remove("request_id")).as("request_id documented").isTrue();
        return fields;
    }

    @Test
    void problemsMatchTheProblemAndValidationProblemSchemas() {
        JsonNode notFound = MAPPER.valueToTree(Problems.of(HttpError.notFound("x")).body());
        assertThat(OpenApiDocument.fieldNames(notFound))
                .containsExactlyInAnyOrderElementsOf(withoutRequestId(document.schema("Problem")))
                .containsAll(document.required(document.schema("Problem")));

        JsonNode invalid = MAPPER.valueToTree(Problems.of(DomainException.invalidFields(List.of(
                new FieldError("quantity", "must be an integer from 1 to 100")))).body());
        assertThat(invalid.path("status").asInt()).isEqualTo(422);
        assertThat(OpenApiDocument.fieldNames(invalid))
                .containsExactlyInAnyOrderElementsOf(withoutRequestId(document.schema("ValidationProblem")))
                .containsAll(document.required(document.schema("ValidationProblem")));
        JsonNode limited = MAPPER.valueToTree(Problems.of(new TooManyRequests("slow down", 12)).body());
        assertThat(limited.path("status").asInt()).isEqualTo(429);
        assertThat(limited.path("retry_after").asLong()).isEqualTo(12);
        assertThat(OpenApiDocument.fieldNames(limited))
                .containsExactlyInAnyOrderElementsOf(withoutRequestId(document.schema("RateLimitProblem")))
                .containsAll(document.required(document.schema("RateLimitProblem")));
        JsonNode reached = MAPPER.valueToTree(Problems.of(new PlanLimitReached("the plan allows no more projects",
                List.of(new LimitOverrun(CountedLimit.PROJECTS, 2, 2)))).body());
        assertThat(reached.path("status").asInt()).isEqualTo(409);
        assertThat(reached.path("type").asText()).isEqualTo("urn:servelink:problem:plan-limit-reached");
        assertThat(OpenApiDocument.fieldNames(reached))
                .containsExactlyInAnyOrderElementsOf(withoutRequestId(document.schema("PlanLimitProblem")))
                .containsAll(document.required(document.schema("PlanLimitProblem")));
        assertThat(OpenApiDocument.fieldNames(reached.path("over_limits").get(0)))
                .containsExactlyInAnyOrderElementsOf(document.properties(document.schema("OverLimit")).keySet());
        JsonNode downgrade = MAPPER.valueToTree(Problems.of(new PlanLimitReached("over", List.of(
                new LimitOverrun(CountedLimit.PROJECTS, 2, 5), new LimitOverrun(CountedLimit.MEMBERS, 1, 3)))).body());
        assertThat(downgrade.has("limit")).isFalse();
        assertThat(downgrade.path("over_limits")).hasSize(2);
        assertThat(OpenApiDocument.fieldNames(invalid.path("errors").get(0)))
                .containsExactlyInAnyOrderElementsOf(document.properties(document.schema("FieldError")).keySet());
    }

    @Test
    void everyJsonSuccessResponseRefersToADocumentedSchema() {
        Set<String> referenced = new LinkedHashSet<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            operation.node().path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("2")) {
                    JsonNode schema = document.resolve(response.getValue()).at("/content/application~1json/schema");
                    if (!schema.isMissingNode() && schema.has("$ref")) {
                        referenced.addAll(OpenApiDocument.refNames(schema));
                    }
                }
            });
        }
        Set<String> topLevelViews = new LinkedHashSet<>(List.of("Offers", "Purchase", "Resources", "Resource",
                "Limits", "TicketCreated", "TicketList", "Ticket", "Message", "Stats", "TicketHistory", "Payment", "Payments", "WebhookAck", "Team", "PlanChanged", "Project", "Projects", "Deployment", "UsageReport", "Alerts",
                "User", "Member", "Token", "ApiTokens", "ApiToken", "Jobs", "JobRun", "Status", "UsageSummary", "UsageHistory", "CancelPreview",
                "Webhook", "Webhooks", "WebhookSecret", "WebhookDeliveries", "WebhookRedelivery",
                "NotificationPreferences", "Article", "ArticleList", "ArticleSearch", "ArticleSuggestions", "StaffStats",
                "Refund", "BillingProfile", "InvoiceList", "Invoice"));
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(topLevelViews);
        assertThat(document.schemaNames()).containsAll(referenced);
    }
}
