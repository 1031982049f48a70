package com.servelink.adapter.http.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.json.Json;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real server on a random port with a few routes of its own: each request has an id (taken
 * when sane, else made), which its reply, its problem+json, every log line written while it is
 * handled and its access-log line carry; and each request is timed under its route template.
 */
class ObservedRequestsTest {
    private static final org.slf4j.Logger HANDLER_LOG = LoggerFactory.getLogger("test.handler");
    private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();
    private static final List<String> MDC_AFTER_HANDLER = new CopyOnWriteArrayList<>();
    private static HttpServer server;
    private static HttpClient client;

    private final ListAppender<ILoggingEvent> access = new Captured();
    private final ListAppender<ILoggingEvent> handler = new Captured();

    /** Keeps each event with the MDC of the thread that logged it (read lazily otherwise, on the test's thread). */
    private static final class Captured extends ListAppender<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    }

    @BeforeAll
    static void start() {
        List<Route> routes = List.of(
                new Route("GET", "/things/{id}", Access.PUBLIC, call -> {
                    HANDLER_LOG.warn("looking at {}", call.path("id"));
                    return Reply.ok(Map.of("id", call.path("id")));
                }),
                new Route("GET", "/broken", Access.PUBLIC, call -> {
                    throw HttpError.badRequest("broken on purpose");
                }),
                new Route("GET", "/mdc", Access.PUBLIC, call -> {
                    MDC_AFTER_HANDLER.add(String.valueOf(MDC.get(RequestIds.KEY)));
                    return Reply.ok(Map.of());
                }),
                new Route("GET", "/guarded", Access.OPERATOR, call -> Reply.ok(Map.of())));
        server = new HttpServer(routes, token -> Optional.empty(), new MicrometerRequestMetrics(REGISTRY));
        server.start("127.0.0.1", 0, 1); // one worker: each request finds the MDC the previous one left
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @BeforeEach
    void listen() {
        attach(RequestObserver.ACCESS_LOGGER, access);
        attach("test.handler", handler);
    }

    @AfterEach
    void unlisten() {
        ((Logger) LoggerFactory.getLogger(RequestObserver.ACCESS_LOGGER)).detachAppender(access);
        ((Logger) LoggerFactory.getLogger("test.handler")).detachAppender(handler);
    }

    private static void attach(String name, ListAppender<ILoggingEvent> appender) {
        Logger logger = (Logger) LoggerFactory.getLogger(name);
        logger.setLevel(Level.INFO);
        logger.setAdditive(false); // kept off the console
        appender.start();
        logger.addAppender(appender);
    }

    private static HttpResponse<String> get(String path, String requestId) throws IOException, InterruptedException {
        return send(path, "GET", requestId);
    }

    private static HttpResponse<String> send(String path, String method, String requestId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (requestId != null) {
            request.header(RequestIds.HEADER, requestId);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The access line is written once the exchange completes, which may be just after the client has read it. */
    private List<ILoggingEvent> accessLinesOf(String... requestIds) throws InterruptedException {
        List<String> wanted = List.of(requestIds);
        List<ILoggingEvent> lines = List.of();
        for (int i = 0; i < 200 && lines.size() < wanted.size(); i++) {
            Thread.sleep(10);
            lines = List.copyOf(access.list).stream()
                    .filter(line -> wanted.contains(line.getMDCPropertyMap().get(RequestIds.KEY))).toList();
        }
        return lines;
    }

    private List<ILoggingEvent> accessLines(int count) throws InterruptedException {
        for (int i = 0; i < 200 && access.list.size() < count; i++) {
            Thread.sleep(10);
        }
        return List.copyOf(access.list);
    }

    @Test
    void a_sane_request_id_is_echoed_and_carried_by_the_handlers_log_lines() throws Exception {
        HttpResponse<String> reply = get("/things/abc", "trace-123.A_b");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue(RequestIds.HEADER)).hasValue("trace-123.A_b");
        assertThat(handler.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("looking at abc");
            assertThat(line.getMDCPropertyMap()).containsEntry(RequestIds.KEY, "trace-123.A_b");
        });
    }

    @Test
    void an_insane_or_missing_request_id_is_replaced_by_a_generated_one() throws Exception {
        HttpResponse<String> forged = get("/things/abc", "forged id; with junk");
        HttpResponse<String> none = get("/things/abc", null);

        String generated = forged.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(generated).matches("[0-9a-f]{16}");
        assertThat(none.headers().firstValue(RequestIds.HEADER).orElseThrow()).matches("[0-9a-f]{16}")
                .isNotEqualTo(generated);
        assertThat(handler.list.get(0).getMDCPropertyMap()).containsEntry(RequestIds.KEY, generated);
    }

    @Test
    void every_problem_names_its_request_id() throws Exception {
        Map<String, HttpResponse<String>> problems = Map.of(
                "refused by the handler", get("/broken", "id-broken"),
                "refused before the handler (401)", get("/guarded", "id-guarded"),
                "no route", get("/nowhere/at/all", "id-nowhere"),
                "wrong method", send("/broken", "DELETE", "id-method"));
        Map<String, String> expected = Map.of("refused by the handler", "id-broken",
                "refused before the handler (401)", "id-guarded", "no route", "id-nowhere", "wrong method", "id-method");
        for (var problem : problems.entrySet()) {
            HttpResponse<String> reply = problem.getValue();
            JsonNode body = Json.mapper().readTree(reply.body());
            assertThat(reply.headers().firstValue("Content-Type")).as(problem.getKey())
                    .hasValue("application/problem+json");
            assertThat(body.path("request_id").asText()).as(problem.getKey()).isEqualTo(expected.get(problem.getKey()));
            assertThat(reply.headers().firstValue(RequestIds.HEADER)).as(problem.getKey())
                    .hasValue(expected.get(problem.getKey()));
        }
    }

    @Test
    void the_worker_does_not_keep_a_request_id_once_the_request_is_done() throws Exception {
        get("/things/first", "first-request");
        MDC_AFTER_HANDLER.clear();
        get("/mdc", "second-request");
        get("/mdc", null);

        assertThat(MDC_AFTER_HANDLER.get(0)).isEqualTo("second-request");
        assertThat(MDC_AFTER_HANDLER.get(1)).matches("[0-9a-f]{16}");
    }

    @Test
    void one_access_line_per_request_with_method_route_template_status_and_time() throws Exception {
        get("/things/abc", "access-1");
        get("/nowhere", "access-2");

        // an access line is written once the response is sent: a request of the previous test
        // may still log its own after this test began listening, so lines are told apart by id
        List<ILoggingEvent> lines = accessLinesOf("access-1", "access-2");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getFormattedMessage()).matches("GET /things/\\{id} 200 \\d+\\.\\d ms");
        assertThat(lines.get(0).getMDCPropertyMap()).containsEntry(RequestIds.KEY, "access-1");
        assertThat(lines.get(0).getKeyValuePairs().stream().collect(Collectors.toMap(kv -> kv.key, kv -> kv.value)))
                .containsEntry("method", "GET").containsEntry("route", "/things/{id}").containsEntry("status", 200)
                .containsKey("ms");
        assertThat(lines.get(1).getFormattedMessage()).startsWith("GET NOT_FOUND 404 ");
        assertThat(lines.get(1).getMDCPropertyMap()).containsEntry(RequestIds.KEY, "access-2");
    }

    @Test
    void requests_are_timed_by_route_template_never_by_raw_path() throws Exception {
        get("/things/one", null);
        get("/things/two", null);
        get("/things/three", null);
        get("/no/such/path/1", null);
        get("/no/such/path/2", null);
        send("/things/one", "BREW", null);
        accessLines(6);

        Timer things = REGISTRY.find(MicrometerRequestMetrics.NAME)
                .tags("method", "GET", "route", "/things/{id}", "status", "200").timer();
        assertThat(things).isNotNull();
        assertThat(things.count()).isGreaterThanOrEqualTo(3);
        assertThat(REGISTRY.find(MicrometerRequestMetrics.NAME).tags("route", "NOT_FOUND", "status", "404").timer())
                .isNotNull();
        assertThat(REGISTRY.find(MicrometerRequestMetrics.NAME).tags("method", "OTHER").timer())
                .as("a method the client made up is one tag value").isNotNull();
        assertThat(REGISTRY.find(MicrometerRequestMetrics.NAME).timers())
                .allSatisfy(timer -> assertThat(timer.getId().getTag("route")).doesNotContain("one", "two", "three",
                        "/no/such"));
    }
}
