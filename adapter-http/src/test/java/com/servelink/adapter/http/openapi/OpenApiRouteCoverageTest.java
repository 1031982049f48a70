package com.servelink.adapter.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.json.Json;
import com.servelink.adapter.http.HttpApi;
import com.servelink.adapter.http.server.HttpMetrics;
import com.servelink.adapter.http.server.NotificationUseCases;
import com.servelink.adapter.http.server.RateLimits;
import com.servelink.application.port.in.notification.UnsubscribeUseCase;
import com.servelink.application.port.in.notification.UnsubscribeUseCase.Unsubscription;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.adapter.http.server.HttpServer;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.application.service.identity.RandomIdSource;
import com.servelink.application.port.in.billing.GetPaymentUseCase;
import com.servelink.domain.shared.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document and the router agree both ways: every route is documented with the same method,
 * template and access level, and every documented operation is answered by a real server (not
 * by the router's fallback), with a status and a media type the document declares.
 */
class OpenApiRouteCoverageTest {
    private static final String FALLBACK_DETAIL = "no route for";

    private static OpenApiDocument document;
    private static HttpServer server;
    private static HttpClient client;
    private static String base;

    /** The server of the brief: all 24 use cases null, the sandbox enabled. */
    private static HttpServer nullServer() {
        return server(useCases(null));
    }

    /**
     * The server of the brief, with the e-mail preferences (null use cases: without a token they
     * answer 401 first) and an unsubscribe that takes any token, so its pages answer 200.
     */
    private static HttpServer server(UseCases useCases) {
        Unsubscription unsubscription = new Unsubscription(NotificationCategory.PAYMENTS, "ada@example.com",
                Language.FR);
        UnsubscribeUseCase anyToken = new UnsubscribeUseCase() {
            @Override
            public Optional<Unsubscription> check(String token) {
                return Optional.of(unsubscription);
            }

            @Override
            public Optional<Unsubscription> unsubscribe(String token) {
                return Optional.of(unsubscription);
            }
        };
        return HttpApi.server(useCases, null, null, null, null, null, null, RateLimits.off(), Optional.of("test-secret"),
                Optional.empty(), () -> true, new RandomIdSource(), Clock.systemUTC(), HttpMetrics.OFF,
                new NotificationUseCases(null, null, anyToken));
    }

    /**
     * All use cases null, but for the payment look-up of the sandbox's public checkout pages,
     * which (being public) would otherwise reach the null use case: it answers "not found", as a
     * real server does for an unknown payment.
     */
    private static UseCases useCases(GetPaymentUseCase getPayment) {
        return new UseCases(null, null, null, null, null, null, getPayment, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @BeforeAll
    static void start() {
        document = OpenApiDocument.load();
        GetPaymentUseCase unknownPayment = query -> {
            throw DomainException.notFound("payment " + query.paymentId());
        };
        server = server(useCases(unknownPayment));
        server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
    }

    private static Set<String> keys(Stream<String> keys) {
        return keys.collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void theDocumentedOperationsAreExactlyTheRoutesOfTheServer() {
        Set<String> routes = keys(nullServer().routes().stream().map(r -> r.method() + " " + r.template()));
        Set<String> documented = keys(document.operations().stream().map(OpenApiDocument.Operation::key));

        assertThat(routes).hasSize(nullServer().routes().size()).as("no duplicate route");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
        assertThat(routes).hasSize(82);
        assertThat(document.root().path("paths").size()).isEqualTo(72);
    }

    @Test
    void theServerUnderHttpTestHasTheSameRoutes() {
        assertThat(keys(server.routes().stream().map(r -> r.method() + " " + r.template())))
                .isEqualTo(keys(nullServer().routes().stream().map(r -> r.method() + " " + r.template())));
    }

    @Test
    void eachOperationDeclaresTheAccessLevelOfItsRoute() {
        Map<String, Route> routes = nullServer().routes().stream()
                .collect(Collectors.toMap(r -> r.method() + " " + r.template(), Function.identity()));
        for (OpenApiDocument.Operation operation : document.operations()) {
            Route route = routes.get(operation.key());
            assertThat(route).as(operation.key()).isNotNull();
            assertThat(operation.node().path("x-access").asText()).as(operation.key())
                    .isEqualTo(route.access().name());
        }
    }

    /** One request per documented operation, with the path parameters' documented examples. */
    @TestFactory
    Stream<DynamicTest> everyDocumentedOperationIsAnsweredByItsRoute() {
        return document.operations().stream().map(operation -> DynamicTest.dynamicTest(operation.key(),
                () -> checkAnswered(operation)));
    }

    private void checkAnswered(OpenApiDocument.Operation operation) throws IOException, InterruptedException {
        String path = operation.path();
        for (JsonNode parameter : document.parameters(operation)) {
            if (parameter.path("in").asText().equals("path")) {
                path = path.replace("{" + parameter.path("name").asText() + "}",
                        parameter.path("example").asText());
            }
        }
        assertThat(path).as("every template parameter has a documented example").doesNotContain("{");
        boolean hasBody = operation.node().has("requestBody");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(operation.method(), hasBody ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim()
                .toLowerCase(Locale.ROOT);

        assertThat(status).as(operation.key() + " is routed (not 405)").isNotEqualTo(405);
        assertThat(status).as(operation.key() + " is not a server error").isLessThan(500);
        if (status == 404) {
            JsonNode problem = Json.mapper().readTree(response.body());
            assertThat(problem.path("detail").asText()).as(operation.key() + " answered by its route")
                    .doesNotStartWith(FALLBACK_DETAIL);
        }
        JsonNode responses = operation.node().path("responses");
        assertThat(OpenApiDocument.fieldNames(responses)).as(operation.key() + " documents " + status)
                .contains(String.valueOf(status));
        JsonNode documented = document.resolve(responses.path(String.valueOf(status)));
        assertThat(OpenApiDocument.fieldNames(documented.path("content"))).as(operation.key() + " " + status)
                .contains(mediaType);

        if (status >= 400) {
            JsonNode problem = Json.mapper().readTree(response.body());
            assertThat(OpenApiDocument.fieldNames(problem)).as(operation.key())
                    .containsAll(document.required(document.schema("Problem")));
            assertThat(problem.path("status").asInt()).isEqualTo(status);
        }
        String access = operation.node().path("x-access").asText();
        if (access.equals("USER") || access.equals("OPERATOR")) {
            assertThat(status).as(operation.key() + " without a token").isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(operation.key())
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        }
    }

    @Test
    void healthAndReadinessAnswer200Json() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Json.mapper().readTree(health.body()).path("status").asText()).isEqualTo("ok");

        HttpResponse<String> ready = get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Json.mapper().readTree(ready.body()).path("status").asText()).isEqualTo("ready");
    }

    @Test
    void theServedOpenApiDocumentIsThisDocument() throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(document.bytes());
    }

    @Test
    void docsServesSwaggerUiReadingTheDocument() throws Exception {
        HttpResponse<String> docs = get("/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(docs.body()).contains("/docs/swagger-ui-bundle.js", "/docs/swagger-init.js", "/docs/swagger-ui.css")
                .doesNotContain("<script>");
        assertThat(docs.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").contains("object-src 'none'"));
        assertThat(get("/docs/swagger-init.js").body()).contains("SwaggerUIBundle", "'/openapi.json'");
    }

    @Test
    void everyDocumentedSwaggerUiAssetIsServedWithItsDocumentedType() throws Exception {
        JsonNode asset = document.root().at("/components/parameters/Asset/schema/enum");
        Set<String> documentedTypes = OpenApiDocument.fieldNames(
                document.root().at("/paths/~1docs~1{asset}/get/responses/200/content"));
        assertThat(asset.size()).isEqualTo(5);
        Map<String, String> expected = Map.of("css", "text/css", "js", "application/javascript", "png", "image/png");
        for (JsonNode name : asset) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + "/docs/"
                    + name.asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
            String extension = name.asText().substring(name.asText().lastIndexOf('.') + 1);
            assertThat(response.statusCode()).as(name.asText()).isEqualTo(200);
            assertThat(response.body()).as(name.asText()).isNotEmpty();
            assertThat(response.headers().firstValue("Content-Type")).as(name.asText())
                    .hasValue(expected.get(extension));
            assertThat(documentedTypes).contains(expected.get(extension));
        }
        HttpResponse<String> missing = get("/docs/index.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(missing.body()).path("detail").asText()).doesNotStartWith(FALLBACK_DETAIL);
    }

    /** The checks above would be empty if the fallback were not recognisable: it is. */
    @Test
    void theRoutersOwnRefusalsAreRecognisable() throws Exception {
        HttpResponse<String> unknown = get("/api/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(unknown.body()).path("detail").asText()).startsWith(FALLBACK_DETAIL);

        HttpResponse<String> wrongMethod = client.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void undocumentedMethodsOnDocumentedPathsAre405() throws Exception {
        Set<String> all = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
        for (var path : OpenApiDocument.fieldNames(document.root().path("paths"))) {
            Set<String> documented = keys(OpenApiDocument.fieldNames(document.root().path("paths").path(path)).stream()
                    .map(m -> m.toUpperCase(Locale.ROOT)));
            String concrete = path;
            for (var operation : document.operations()) {
                if (operation.path().equals(path)) {
                    for (JsonNode parameter : document.parameters(operation)) {
                        concrete = concrete.replace("{" + parameter.path("name").asText() + "}",
                                parameter.path("example").asText());
                    }
                }
            }
            for (String method : all) {
                if (documented.contains(method) || routedElsewhere(method, concrete)) {
                    continue;
                }
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + concrete))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
            }
        }
    }

    /** Whether another documented operation of this method matches the concrete path (GET /api/payments/webhooks/x does). */
    private static boolean routedElsewhere(String method, String concretePath) {
        return document.operations().stream().filter(o -> o.method().equals(method))
                .anyMatch(o -> concretePath.matches(o.path().replaceAll("\\{[^}]+}", "[^/]+")));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
