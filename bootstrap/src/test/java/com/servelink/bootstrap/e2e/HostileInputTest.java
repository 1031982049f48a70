package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand malformed or hostile requests, from a fixed seed, against every route with valid
 * credentials: random bytes, wrong media types, deep nesting, huge numbers, wrong JSON types,
 * injection strings in slugs, ids, query parameters, headers and bodies, path traversal, long
 * path segments, bodies just over 64 KiB, and signed but hostile webhook events.
 *
 * <p>Every request is invalid by construction: each JSON body carries at least one field the
 * route reads with a wrong type or a value outside its codes, or the body is not a JSON object
 * at all, or the media type is wrong, or the body is too large; routes that ignore the body
 * (cancel, token revocation, job run, sandbox pay/decline) and token issue only ever get ids that cannot exist; signed
 * webhook events never name the real payment with its real amount and currency. So the server
 * must answer each with a client error (or a harmless read), never a 5xx nor a stack trace, and
 * nothing may change.
 *
 * <p>Run on both databases ({@code H2HostileInputTest}, {@code PostgresHostileInputTest}):
 * PostgreSQL refuses text H2 stores (U+0000), so an attack harmless on one can be a 500 on the
 * other. The state is static because the nested generator reads it; classes run one at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputTest {
    private static final long SEED = 0x5E2E_11_4EL;
    private static final int REQUESTS = 1000;
    private static final int MAX_BODY = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = "my-team";

    private static RunningServer server;
    private static String owner;
    private static String member;
    private static String staff;
    private static String ticketId;
    private static String resourceId;
    private static String paymentId;
    private static String projectId;

    abstract RunningServer startServer();

    @BeforeAll
    void start() {
        server = startServer();
        owner = server.tokens().owner();
        member = server.tokens().member();
        staff = server.tokens().staff();
        Reply ticket = server.post("/api/support/" + TEAM + "/tickets", member,
                "{\"subject\":\"Problème de déploiement\",\"description\":\"Le build échoue depuis ce matin\","
                        + "\"priority\":\"high\"}");
        assertThat(ticket.status()).as("%s", ticket).isEqualTo(201);
        ticketId = ticket.json().get("ticket_id").asText();
        Reply purchase = server.post("/api/resources/" + TEAM + "/purchase", owner,
                "{\"resource_type\":\"ram\",\"quantity\":1}");
        assertThat(purchase.status()).as("%s", purchase).isEqualTo(201);
        resourceId = purchase.json().get("resource_id").asText();
        paymentId = purchase.json().get("payment_id").asText();
        Reply project = server.post("/api/admin/teams/" + TEAM + "/projects", RunningServer.ADMIN_TOKEN,
                "{\"name\":\"site\"}");
        assertThat(project.status()).as("%s", project).isEqualTo(201);
        projectId = project.json().get("id").asText();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    // ------------------------------------------------------------------ the test

    @Test
    void a_thousand_hostile_requests_get_clean_client_errors_and_change_nothing() {
        Map<String, Object> before = snapshot();
        assertThat(before.get("team tickets total")).isEqualTo(1L);
        assertThat(before.get("team resources")).isEqualTo(1);

        Generator generator = new Generator(new Random(SEED));
        List<String> failures = new ArrayList<>();
        Map<KnownBug, List<String>> known = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> modes = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            Hostile hostile = generator.next();
            modes.merge(hostile.mode(), 1, Integer::sum);
            Reply reply = null;
            String problem;
            String answer;
            try {
                reply = server.send(hostile.request());
                statuses.merge(reply.status(), 1, Integer::sum);
                problem = problemWith(hostile, reply);
                answer = reply.status() + " " + reply.header("Content-Type") + " " + shorten(reply.text(), 600);
            } catch (UncheckedIOException e) {
                problem = "no answer";
                answer = "I/O failure: " + e.getCause();
            }
            if (problem != null) {
                String line = hostile + "\n    -> " + problem + ": " + answer;
                Optional<KnownBug> bug = KnownBug.explaining(hostile, reply);
                if (bug.isPresent()) {
                    known.computeIfAbsent(bug.get(), b -> new ArrayList<>()).add(line);
                } else {
                    failures.add(line);
                }
            }
        }
        System.out.println("HostileInputTest seed " + SEED + ": statuses " + statuses + ", modes " + modes);
        known.forEach((bug, lines) -> System.out.println("KNOWN SERVER BUG " + bug + " (" + bug.description + "), "
                + lines.size() + " request(s), e.g.\n" + lines.get(0)));

        assertThat(failures.isEmpty()).as("hostile requests answered badly (seed %s):%n%s", SEED,
                String.join("\n", failures)).isTrue();
        assertThat(server.get("/health", null).status()).isEqualTo(200);
        assertThat(snapshot()).as("state after the hostile requests").isEqualTo(before);
    }

    /** What is wrong with an answer, or null. */
    private static String problemWith(Hostile hostile, Reply reply) {
        int status = reply.status();
        if (status >= 500) {
            return "server error";
        }
        String text = reply.text();
        boolean documentation = hostile.target().template().startsWith("/docs")
                || hostile.target().template().equals("/openapi.json");
        if (!documentation && (text.contains("Exception") || text.contains("at com.") || text.contains("at java."))) {
            return "stack trace text in the response";
        }
        if (status < 400) {
            return null;
        }
        String type = reply.header("Content-Type");
        if (hostile.target().page() && type != null && type.startsWith("text/html")) {
            return null; // a person's browser: an error page in the page's language (before routing: problem+json)
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            return "error without application/problem+json";
        }
        JsonNode body;
        try {
            body = JSON.readTree(reply.response().body());
        } catch (java.io.IOException e) {
            return "problem body is not JSON";
        }
        if (body == null || !body.path("type").isTextual() || !body.path("title").isTextual()
                || !body.path("detail").isTextual() || body.path("status").asInt() != status) {
            return "problem body without type/title/status/detail";
        }
        return null;
    }

    /** What the team, the staff and the operator see: must be the same before and after. */
    private static Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        JsonNode stats = ok(server.get("/api/support/" + TEAM + "/stats", owner));
        state.put("team tickets total", stats.get("total").asLong());
        state.put("team stats", stats);
        JsonNode resources = ok(server.get("/api/resources/" + TEAM + "/list", owner));
        state.put("team resources", resources.get("resources").size());
        state.put("team resource list", resources);
        JsonNode staffStats = ok(server.get("/api/staff/stats", staff));
        state.put("staff tickets total", staffStats.get("total").asLong());
        state.put("staff stats", staffStats);
        state.put("team tickets", ok(server.get("/api/support/" + TEAM + "/tickets", owner)));
        ObjectNode ticket = (ObjectNode) ok(server.get("/api/staff/tickets/" + ticketId, staff));
        ticket.remove("first_response_overdue");
        state.put("ticket", ticket);
        state.put("payment", ok(server.get("/api/payments/" + TEAM + "/" + paymentId, owner)));
        state.put("limits", ok(server.get("/api/resources/" + TEAM + "/limits", owner)));
        JsonNode jobs = ok(server.get("/api/admin/jobs", RunningServer.ADMIN_TOKEN));
        // the clock's own change: check_sla's next firing moves every minute, requests or not
        jobs.path("jobs").forEach(job -> ((ObjectNode) job).remove("next_fire_at"));
        state.put("jobs", jobs);
        state.put("staff queue", ok(server.get("/api/staff/queue?min_priority=low", staff)));
        state.put("articles", ok(server.get("/api/staff/kb/articles", staff)));
        return state;
    }

    static String shorten(String text, int max) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + flat.length() + " chars)";
    }

    // ------------------------------------------------------------------ known server bugs

    /**
     * Server bugs this test found and reported. A bad answer one of them explains is printed,
     * not failed, so the rest of the attack still guards the build; each has a strict test
     * below, disabled until the server is fixed. Fixing a bug: delete its constant here and the
     * {@code @Disabled} of its test.
     */
    enum KnownBug {
        ; // none known: UNDERTOW_BARE_400 (over 100 parameters or a 16 KiB head) is fixed

        final String description;

        KnownBug(String description) {
            this.description = description;
        }

        /** The known bug that explains a bad answer (reply null: no answer), if one does. */
        static Optional<KnownBug> explaining(Hostile hostile, Reply reply) {
            return Optional.empty();
        }
    }

    @Test
    void a_content_type_made_of_semicolons_is_unsupported_media() {
        for (String type : List.of(";", ";;")) {
            Reply reply = server.send(RunningServer.authorised(server.request("/api/support/" + TEAM + "/tickets"),
                            member).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":1}")).build());
            assertThat(reply.status()).as("Content-Type %s: %s", type, reply).isEqualTo(415);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void an_accept_language_made_of_separators_falls_back_to_french() {
        for (String header : List.of("-", ";", ";;;;", "en,-", "--;q=1")) {
            Reply reply = server.send(RunningServer.authorised(server.request("/api/resources/" + TEAM + "/available"),
                    owner).header("Accept-Language", header).GET().build());
            assertThat(reply.status()).as("Accept-Language %s: %s", header, reply).isEqualTo(200);
        }
    }

    @Test
    void a_signed_completion_or_refund_with_an_absurd_amount_is_a_mismatch() {
        // the amount paid (payment.completed) and the total refunded (payment.refunded in part)
        Map<String, String> fields = Map.of("payment.completed", "amount", "payment.refunded", "amount_refunded");
        for (String amount : List.of("1e999999999", "1E+2147483647")) {
            for (Map.Entry<String, String> kind : fields.entrySet()) {
                String event = "{\"id\":\"evt_absurd_" + amount.length() + kind.getValue() + "\",\"type\":\""
                        + kind.getKey() + "\",\"data\":{\"payment_id\":\"" + paymentId + "\",\"" + kind.getValue()
                        + "\":" + amount + ",\"currency\":\"EUR\"}}";
                byte[] body = utf8(event);
                Reply reply = server.send(server.request("/api/payments/webhooks/sandbox")
                        .header("Content-Type", "application/json")
                        .header("X-Servelink-Signature", new Generator(new Random(SEED)).sign(body,
                                Instant.now().getEpochSecond()))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
                assertThat(reply.status()).as("%s %s: %s", kind.getValue(), amount, reply).isEqualTo(422);
            }
        }
    }

    @Test
    void every_body_over_64_kib_gets_its_413() {
        byte[] body = utf8("{\"subject\":\"" + "x".repeat(MAX_BODY) + "\"}");
        int lost = 0;
        for (int i = 0; i < 200; i++) {
            try {
                Reply reply = server.send(RunningServer.authorised(server.request("/api/support/" + TEAM
                                + "/tickets"), member).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
                assertThat(reply.status()).isEqualTo(413);
            } catch (UncheckedIOException e) {
                lost++;
            }
        }
        assertThat(lost).as("413 answers lost out of 200").isZero();
    }

    @Test
    void a_chunked_body_is_read_whole_and_one_over_64_kib_gets_its_413() {
        // read to the end and parsed: the answer names the one bad field (and nothing is created)
        String ticket = "{\"subject\":\"Chunked\",\"description\":\"Sent without a length\",\"category\":\"nope\"}";
        Reply refused = server.send(chunked(ticket));
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.text()).contains("category").doesNotContain("subject");

        Reply tooLarge = server.send(chunked("{\"subject\":\"" + "x".repeat(2 * MAX_BODY) + "\"}"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_body_over_64_kib_without_a_token_is_still_a_401() {
        Reply reply = server.send(server.request("/api/support/" + TEAM + "/tickets")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(utf8("{\"subject\":\"" + "x".repeat(MAX_BODY) + "\"}")))
                .build());
        assertThat(reply.status()).isEqualTo(401);
    }

    private HttpRequest chunked(String json) {
        byte[] body = utf8(json);
        return RunningServer.authorised(server.request("/api/support/" + TEAM + "/tickets"), member)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
    }

    @Test
    void too_many_query_parameters_or_too_long_a_request_is_a_problem() {
        String many = "?" + "status=x&".repeat(150);
        String longPath = "/api/resources/" + TEAM + "/list?q=" + "a".repeat(20_000);
        for (String path : List.of("/api/resources/" + TEAM + "/list" + many, longPath)) {
            Reply reply = server.get(path, owner);
            assertThat(reply.status()).as("%s", shorten(path, 100)).isBetween(400, 499);
            assertThat(reply.header("Content-Type")).as("%s", shorten(path, 100))
                    .startsWith("application/problem+json");
        }
        Reply headers = server.send(RunningServer.authorised(server.request("/api/resources/" + TEAM + "/list"), owner)
                .header("X-Padding", "p".repeat(17 * 1024)).GET().build());
        assertThat(headers.status()).isEqualTo(431);
        assertThat(headers.header("Content-Type")).startsWith("application/problem+json");
        assertThat(server.get("/api/resources/" + TEAM + "/list?" + "status=active&".repeat(99) + "status=active",
                owner).status()).as("100 parameters are within the limit").isEqualTo(200);
        assertThat(server.get("/api/resources/" + TEAM + "/list?status=active&x=" + "a".repeat(15_000), owner)
                .status()).as("a 15 KB query is within the limit").isEqualTo(200);
    }

    // ------------------------------------------------------------------ what a database cannot store

    /** A JSON body a route would accept but for one text no database stores faithfully. */
    record Unstorable(String method, String path, String token, String json, String field) {
    }

    private static List<Unstorable> unstorable() {
        String ticket = "/api/support/" + TEAM + "/tickets";
        List<Unstorable> cases = new ArrayList<>();
        for (String bad : List.of("a\\u0000b", "\\u0000", "a\\ud800b", "\\udc00", "\\ud83d")) {
            cases.add(new Unstorable("POST", ticket, member,
                    "{\"subject\":\"Sujet " + bad + "\",\"description\":\"Assez long pour passer\"}", "subject"));
            cases.add(new Unstorable("POST", ticket, member,
                    "{\"subject\":\"Un sujet\",\"description\":\"Une description " + bad + "\"}", "description"));
            cases.add(new Unstorable("POST", ticket + "/" + ticketId + "/messages", member,
                    "{\"message\":\"Bonjour " + bad + "\"}", "message"));
            cases.add(new Unstorable("PATCH", "/api/staff/tickets/" + ticketId, staff,
                    "{\"assigned_to\":\"agent " + bad + "\"}", "assigned_to"));
            cases.add(new Unstorable("POST", "/api/admin/teams", RunningServer.ADMIN_TOKEN,
                    "{\"slug\":\"nul-team\",\"name\":\"Equipe " + bad + "\",\"plan\":\"free\"}", "name"));
            cases.add(new Unstorable("POST", "/api/admin/users", RunningServer.ADMIN_TOKEN,
                    "{\"email\":\"nul@example.com\",\"name\":\"Nom " + bad + "\"}", "name"));
            cases.add(new Unstorable("POST", "/api/admin/teams/" + TEAM + "/projects", RunningServer.ADMIN_TOKEN,
                    "{\"name\":\"projet " + bad + "\"}", "name"));
            cases.add(new Unstorable("POST", "/api/admin/usage", RunningServer.ADMIN_TOKEN,
                    "{\"samples\":[{\"project_id\":\"prj_" + bad + "\",\"day\":\"2025-01-02\","
                            + "\"metric\":\"traffic_gb\",\"amount\":1}]}", "samples[0].project_id"));
            if (bad.contains("u0000")) { // Jackson itself refuses a lone surrogate in a name (400)
                // an unknown field is ignored, but still must not carry what the database refuses
                cases.add(new Unstorable("POST", ticket, member,
                        "{\"subject\":\"Un sujet\",\"description\":\"Une description\",\"extra" + bad
                                + "\":1}", "extra"));
            }
        }
        return cases;
    }

    @Test
    void text_a_database_cannot_store_is_a_422_naming_the_field() {
        Map<String, Object> before = snapshot();
        List<String> failures = new ArrayList<>();
        for (Unstorable attempt : unstorable()) {
            Reply reply = server.send(RunningServer.authorised(server.request(attempt.path()), attempt.token())
                    .header("Content-Type", "application/json")
                    .method(attempt.method(), HttpRequest.BodyPublishers.ofByteArray(utf8(attempt.json()))).build());
            List<String> fields = reply.status() == 422 ? reply.json().path("errors").findValuesAsText("field")
                    : List.of();
            boolean named = attempt.field().startsWith("extra") ? fields.stream().anyMatch(f -> f.startsWith("extra"))
                    : fields.contains(attempt.field());
            if (reply.status() != 422 || !reply.header("Content-Type").startsWith("application/problem+json")
                    || !named) {
                failures.add(attempt.method() + " " + attempt.path() + " " + attempt.json() + " -> "
                        + shorten(reply.toString(), 300));
            }
        }
        assertThat(failures).as("unstorable text not refused as a 422 naming the field").isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_search_or_a_query_parameter_with_a_nul_is_a_422_on_that_parameter() {
        for (String path : List.of("/api/support/" + TEAM + "/tickets?q=a%00b",
                "/api/support/" + TEAM + "/tickets?q=%00", "/api/support/" + TEAM + "/tickets?cursor=a%00",
                "/api/resources/" + TEAM + "/list?status=%00active", "/api/usage/" + TEAM + "/summary?month=%00")) {
            Reply reply = server.get(path, owner);
            String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            assertThat(reply.status()).as("%s: %s", path, reply).isEqualTo(422);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().path("errors").findValuesAsText("field")).as(path).containsExactly(parameter);
        }
    }

    @Test
    void a_path_parameter_with_a_nul_is_a_client_error() {
        for (String path : List.of("/api/support/" + TEAM + "/tickets/ticket_a%00b", "/api/support/my%00team/tickets",
                "/api/payments/" + TEAM + "/pm_%00")) {
            Reply reply = server.get(path, owner);
            assertThat(reply.status()).as("%s: %s", path, reply).isBetween(400, 499);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void a_form_field_with_a_nul_is_a_422_and_creates_nothing() {
        PageClient browser = new PageClient(server.base());
        assertThat(browser.signIn(member).status()).isEqualTo(303);
        long before = ok(server.get("/api/support/" + TEAM + "/stats", owner)).get("total").asLong();
        String page = "/teams/" + TEAM + "/support";
        for (String bad : List.of("a\u0000b", "\u0000")) {
            Reply reply = browser.submit(page, page + "/tickets", Map.of("subject", "Sujet " + bad,
                    "description", "Une description assez longue", "category", "technical"));
            assertThat(reply.status()).as("%s", reply).isEqualTo(422);
            assertThat(reply.text()).contains("subject");
        }
        assertThat(ok(server.get("/api/support/" + TEAM + "/stats", owner)).get("total").asLong()).isEqualTo(before);
    }

    @Test
    void numbers_past_what_the_database_holds_are_a_422_naming_the_field() {
        String ram = "{\"resource_type\":\"ram\",\"quantity\":";
        String usage = "{\"samples\":[{\"project_id\":\"%s\",\"day\":\"2025-01-02\",\"metric\":\"traffic_gb\","
                + "\"amount\":%s}]}";
        String project = projectId;
        String forty = "1234567890123456789012345678901234567890";
        record Case(String path, String token, String json, String field) {
        }
        List<Case> cases = List.of(
                new Case("/api/resources/" + TEAM + "/purchase", owner, ram + "1e400}", "quantity"),
                new Case("/api/resources/" + TEAM + "/purchase", owner, ram + forty + "}", "quantity"),
                new Case("/api/resources/" + TEAM + "/purchase", owner, ram + "-" + forty + "}", "quantity"),
                new Case("/api/admin/usage", RunningServer.ADMIN_TOKEN, usage.formatted(project, "1e400"),
                        "samples[0].amount"),
                new Case("/api/admin/usage", RunningServer.ADMIN_TOKEN, usage.formatted(project, forty),
                        "samples[0].amount"),
                new Case("/api/admin/usage", RunningServer.ADMIN_TOKEN, usage.formatted(project, "1e-400"),
                        "samples[0].amount"),
                new Case("/api/admin/usage", RunningServer.ADMIN_TOKEN,
                        usage.formatted(project, "999999999999999.9999999"), "samples[0].amount"),
                new Case("/api/admin/usage", RunningServer.ADMIN_TOKEN, usage.formatted(project, "1234567890123456"),
                        "samples[0].amount"),
                new Case("/api/admin/projects/" + project + "/deployments", RunningServer.ADMIN_TOKEN,
                        "{\"environment\":\"production\",\"status\":\"running\",\"size_mb\":" + forty + "}",
                        "size_mb"),
                new Case("/api/admin/teams/" + TEAM + "/members", RunningServer.ADMIN_TOKEN,
                        "{\"user_id\":" + forty + ",\"role\":\"member\"}", "user_id"));
        List<String> failures = new ArrayList<>();
        for (Case attempt : cases) {
            Reply reply = server.post(attempt.path(), attempt.token(), attempt.json());
            if (reply.status() != 422 || !reply.json().path("errors").findValuesAsText("field").contains(attempt.field())) {
                failures.add(attempt.json() + " -> " + shorten(reply.toString(), 300));
            }
        }
        assertThat(failures).as("numbers past the columns' precision").isEmpty();
        Reply limit = server.get("/api/support/" + TEAM + "/tickets?limit=" + forty, owner);
        assertThat(limit.status()).as("%s", limit).isEqualTo(422);
    }

    @Test
    void a_megabyte_of_combining_marks_is_refused_quickly() {
        String marks = "\u0301".repeat(500_000); // 1 MB of UTF-8: read to the end, then refused
        long started = System.nanoTime();
        Reply huge = server.post("/api/support/" + TEAM + "/tickets", member,
                "{\"subject\":\"e" + marks + "\",\"description\":\"x\"}");
        assertThat(huge.status()).as("%s", shorten(huge.toString(), 200)).isEqualTo(413);
        String within = "\u0301".repeat(30_000); // 60 KB: under the body limit, far over the length limit
        Reply tooLong = server.post("/api/support/" + TEAM + "/tickets", member,
                "{\"subject\":\"e" + within + "\",\"description\":\"Une description\"}");
        assertThat(tooLong.status()).as("%s", shorten(tooLong.toString(), 200)).isEqualTo(422);
        assertThat(tooLong.json().path("errors").findValuesAsText("field")).contains("subject");
        Reply search = server.get("/api/support/" + TEAM + "/tickets?q=e" + encodeQuery("\u0301".repeat(150)), owner);
        assertThat(search.status()).as("%s", shorten(search.toString(), 200)).isEqualTo(200);
        Reply longSearch = server.get("/api/support/" + TEAM + "/tickets?q=" + encodeQuery("\u0301".repeat(2_000)),
                owner);
        assertThat(longSearch.status()).as("%s", shorten(longSearch.toString(), 200)).isEqualTo(422);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    // ------------------------------------------------------------------ the routes

    enum Kind { TEXT, INT, LONG, BOOL }

    /** A body field a route reads; {@code codes} non-empty when only those strings are valid. */
    record Field(String name, Kind kind, List<String> codes) {
        static Field text(String name) {
            return new Field(name, Kind.TEXT, List.of());
        }

        static Field code(String name, String... codes) {
            return new Field(name, Kind.TEXT, List.of(codes));
        }

        static Field of(String name, Kind kind) {
            return new Field(name, kind, List.of());
        }
    }

    enum Auth { NONE, OWNER, MEMBER, STAFF, OPERATOR }

    /**
     * A route: its method and template, the credentials that reach its handler, the body fields
     * it reads (null: it reads no body), its query parameters, and the path parameters that must
     * never name something real (the route changes state without reading a body).
     */
    record Target(String method, String template, Auth auth, List<Field> body, List<String> query,
                  Set<String> alwaysHostile) {
        boolean readsBody() {
            return body != null;
        }

        boolean webhook() {
            return template.startsWith("/api/payments/webhooks/");
        }

        /** A page opened from an e-mail's link, not an API route: its errors are HTML pages. */
        boolean page() {
            return template.startsWith("/unsubscribe/");
        }
    }

    private static final String[] STATUSES = {"open", "in_progress", "waiting", "resolved", "closed"};
    private static final String[] PRIORITIES = {"low", "normal", "high", "urgent"};

    private static Target target(String method, String template, Auth auth, List<Field> body, String... query) {
        return new Target(method, template, auth, body, List.of(query), Set.of());
    }

    private static Target ignoringBody(String method, String template, Auth auth, String... alwaysHostile) {
        return new Target(method, template, auth, null, List.of(), Set.of(alwaysHostile));
    }

    /** The fields of an article's create and edit (the article routes' real ids name nothing: never changed). */
    private static final List<Field> ARTICLE_FIELDS = List.of(Field.text("slug"), Field.text("title"),
            Field.text("body"), Field.code("language", "fr", "en"),
            Field.code("category", "technical", "billing", "feature_request", "bug_report", "other"));
    /** An edit also reads the version it was made from. */
    private static final List<Field> ARTICLE_EDIT_FIELDS = java.util.stream.Stream.concat(ARTICLE_FIELDS.stream(),
            java.util.stream.Stream.of(Field.of("version", Kind.LONG))).toList();

    static final List<Target> TARGETS = List.of(
            target("GET", "/api/resources/{team_slug}/available", Auth.OWNER, null),
            target("POST", "/api/resources/{team_slug}/purchase", Auth.OWNER, List.of(
                    Field.code("resource_type", "ram", "cpu", "traffic", "storage"), Field.of("quantity", Kind.INT))),
            target("GET", "/api/resources/{team_slug}/list", Auth.OWNER, null, "status"),
            ignoringBody("DELETE", "/api/resources/{team_slug}/cancel/{resource_id}", Auth.OWNER, "resource_id"),
            target("PATCH", "/api/resources/{team_slug}/resources/{resource_id}", Auth.OWNER, List.of(
                    Field.of("auto_renew", Kind.BOOL))),
            target("GET", "/api/resources/{team_slug}/limits", Auth.OWNER, null),
            target("POST", "/api/support/{team_slug}/tickets", Auth.MEMBER, List.of(Field.text("subject"),
                    Field.text("description"),
                    Field.code("category", "technical", "billing", "feature_request", "bug_report", "other"),
                    Field.code("priority", PRIORITIES))),
            target("GET", "/api/support/{team_slug}/tickets", Auth.MEMBER, null,
                    "status", "category", "priority", "q", "limit", "cursor"),
            target("GET", "/api/support/{team_slug}/tickets/export.csv", Auth.MEMBER, null,
                    "status", "category", "priority", "q"),
            target("GET", "/api/support/{team_slug}/tickets/{ticket_id}", Auth.MEMBER, null),
            target("POST", "/api/support/{team_slug}/tickets/{ticket_id}/messages", Auth.MEMBER, List.of(
                    Field.text("message"), Field.of("is_internal", Kind.BOOL))),
            target("PATCH", "/api/support/{team_slug}/tickets/{ticket_id}", Auth.OWNER, List.of(
                    Field.code("status", STATUSES), Field.code("priority", PRIORITIES), Field.text("assigned_to"))),
            target("GET", "/api/support/{team_slug}/stats", Auth.MEMBER, null, "from", "to"),
            target("GET", "/api/support/{team_slug}/stats/history", Auth.MEMBER, null, "interval", "from", "to"),
            target("GET", "/api/staff/queue", Auth.STAFF, null, "min_priority", "limit"),
            target("GET", "/api/staff/tickets/{ticket_id}", Auth.STAFF, null),
            target("PATCH", "/api/staff/tickets/{ticket_id}", Auth.STAFF, List.of(
                    Field.code("status", STATUSES), Field.code("priority", PRIORITIES), Field.text("assigned_to"))),
            target("POST", "/api/staff/tickets/{ticket_id}/messages", Auth.STAFF, List.of(
                    Field.text("message"), Field.of("is_internal", Kind.BOOL))),
            target("POST", "/api/staff/payments/{payment_id}/refunds", Auth.STAFF, List.of(Field.text("amount"),
                    Field.text("reason"))),
            target("GET", "/api/staff/stats", Auth.STAFF, null, "from", "to"),
            target("GET", "/api/staff/stats/history", Auth.STAFF, null, "interval", "from", "to"),
            target("GET", "/api/staff/stats/export.csv", Auth.STAFF, null, "interval", "from", "to"),
            target("GET", "/api/staff/kb/articles", Auth.STAFF, null, "status", "language", "category", "limit",
                    "cursor"),
            target("POST", "/api/staff/kb/articles", Auth.STAFF, ARTICLE_FIELDS),
            target("GET", "/api/staff/kb/articles/{article_id}", Auth.STAFF, null),
            target("PUT", "/api/staff/kb/articles/{article_id}", Auth.STAFF, ARTICLE_EDIT_FIELDS),
            target("POST", "/api/staff/kb/articles/{article_id}/publish", Auth.STAFF, null),
            target("POST", "/api/staff/kb/articles/{article_id}/unpublish", Auth.STAFF, null),
            target("POST", "/api/staff/kb/articles/{article_id}/archive", Auth.STAFF, null),
            target("GET", "/api/kb/articles", Auth.MEMBER, null, "language", "category", "limit", "cursor"),
            target("GET", "/api/kb/articles/{slug}", Auth.MEMBER, null),
            target("GET", "/api/kb/search", Auth.MEMBER, null, "q", "lang", "limit"),
            target("GET", "/api/kb/suggest", Auth.MEMBER, null, "subject", "description"),
            target("GET", "/api/payments/{team_slug}", Auth.OWNER, null, "limit"),
            target("GET", "/api/payments/{team_slug}/{payment_id}", Auth.OWNER, null),
            target("POST", "/api/payments/webhooks/{provider}", Auth.NONE, List.of()),
            target("POST", "/api/admin/teams", Auth.OPERATOR, List.of(Field.text("slug"), Field.text("name"),
                    Field.code("plan", "free", "pro"))),
            target("PATCH", "/api/admin/teams/{team_slug}", Auth.OPERATOR, List.of(Field.code("plan", "free", "pro"))),
            target("POST", "/api/admin/users", Auth.OPERATOR, List.of(Field.text("email"), Field.text("name"),
                    Field.of("is_support", Kind.BOOL))),
            target("POST", "/api/admin/teams/{team_slug}/members", Auth.OPERATOR, List.of(
                    Field.of("user_id", Kind.LONG), Field.code("role", "owner", "admin", "member"))),
            new Target("POST", "/api/admin/users/{user_id}/tokens", Auth.OPERATOR, List.of(Field.text("label"),
                    Field.of("expires_in_days", Kind.INT), Field.text("expires_at")), List.of(), Set.of("user_id")),
            ignoringBody("GET", "/api/admin/users/{user_id}/tokens", Auth.OPERATOR, "user_id"),
            ignoringBody("DELETE", "/api/admin/users/{user_id}/tokens/{token_id}", Auth.OPERATOR, "user_id",
                    "token_id"),
            target("GET", "/api/admin/jobs", Auth.OPERATOR, null),
            ignoringBody("POST", "/api/admin/jobs/{name}/run", Auth.OPERATOR, "name"),
            target("POST", "/api/admin/teams/{team_slug}/projects", Auth.OPERATOR, List.of(Field.text("name"))),
            target("POST", "/api/admin/projects/{project_id}/traffic", Auth.OPERATOR, List.of(Field.text("at"))),
            target("POST", "/api/admin/projects/{project_id}/deployments", Auth.OPERATOR, List.of(
                    Field.text("environment"), Field.code("status", "running", "finished", "failed"),
                    Field.of("is_current", Kind.BOOL), Field.of("size_mb", Kind.LONG))),
            target("POST", "/api/admin/usage", Auth.OPERATOR, List.of(Field.text("samples"))),
            target("GET", "/api/resources/{team_slug}/projects", Auth.MEMBER, null),
            ignoringBody("POST", "/api/resources/{team_slug}/projects/{project_id}/reactivate", Auth.OWNER,
                    "project_id"),
            target("GET", "/api/resources/{team_slug}/alerts", Auth.MEMBER, null, "month"),
            target("GET", "/api/usage/{team_slug}/summary", Auth.MEMBER, null, "month"),
            target("GET", "/api/usage/{team_slug}/history", Auth.MEMBER, null, "months"),
            target("GET", "/api/usage/{team_slug}/export.csv", Auth.MEMBER, null, "from", "to"),
            ignoringBody("GET", "/api/resources/{team_slug}/cancel/{resource_id}/preview", Auth.MEMBER, "resource_id"),
            target("POST", "/api/teams/{team_slug}/webhooks", Auth.OWNER, List.of(Field.text("url"),
                    Field.text("events"), Field.text("description"), Field.code("kind", "webhook", "slack", "discord"))),
            target("GET", "/api/teams/{team_slug}/webhooks", Auth.OWNER, null),
            ignoringBody("DELETE", "/api/teams/{team_slug}/webhooks/{webhook_id}", Auth.OWNER, "webhook_id"),
            ignoringBody("POST", "/api/teams/{team_slug}/webhooks/{webhook_id}/rotate-secret", Auth.OWNER,
                    "webhook_id"),
            ignoringBody("POST", "/api/teams/{team_slug}/webhooks/{webhook_id}/enable", Auth.OWNER, "webhook_id"),
            target("GET", "/api/teams/{team_slug}/webhooks/{webhook_id}/deliveries", Auth.OWNER, null),
            ignoringBody("POST", "/api/teams/{team_slug}/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
                    Auth.OWNER, "webhook_id", "delivery_id"),
            target("GET", "/api/teams/{team_slug}/billing-profile", Auth.MEMBER, null),
            target("PUT", "/api/teams/{team_slug}/billing-profile", Auth.OWNER, List.of(Field.text("name"),
                    Field.text("address"), Field.code("country", "FR", "DE"), Field.text("vat_id"))),
            target("GET", "/api/teams/{team_slug}/invoices", Auth.MEMBER, null, "limit", "cursor"),
            target("GET", "/api/teams/{team_slug}/invoices/{number}", Auth.MEMBER, null, "lang"),
            target("GET", "/api/me/notifications", Auth.MEMBER, null),
            target("PUT", "/api/me/notifications", Auth.MEMBER, List.of(Field.of("ticket_replies", Kind.BOOL),
                    Field.of("ticket_status", Kind.BOOL), Field.of("new_tickets", Kind.BOOL), Field.of("sla", Kind.BOOL),
                    Field.of("addon_expiry", Kind.BOOL), Field.of("payments", Kind.BOOL),
                    Field.of("usage_alerts", Kind.BOOL), Field.of("webhooks", Kind.BOOL),
                    Field.code("language", "fr", "en"))),
            target("GET", "/unsubscribe/{token}", Auth.NONE, null),
            ignoringBody("POST", "/unsubscribe/{token}", Auth.NONE, "token"),
            target("GET", "/payments/{payment_id}/done", Auth.NONE, null),
            target("GET", "/payments/{payment_id}/cancelled", Auth.NONE, null),
            target("GET", "/health", Auth.NONE, null),
            target("GET", "/ready", Auth.NONE, null),
            target("GET", "/metrics", Auth.OPERATOR, null),
            target("GET", "/openapi.json", Auth.NONE, null),
            target("GET", "/docs", Auth.NONE, null),
            target("GET", "/docs/{asset}", Auth.NONE, null),
            target("GET", "/sandbox/checkout/{payment_id}", Auth.NONE, null),
            ignoringBody("POST", "/sandbox/checkout/{payment_id}/pay", Auth.NONE, "payment_id"),
            ignoringBody("POST", "/sandbox/checkout/{payment_id}/decline", Auth.NONE, "payment_id"));

    @Test
    void every_route_of_the_matrix_is_attacked() {
        assertThat(TARGETS.stream().map(t -> t.method() + " " + t.template()).toList())
                .containsExactlyInAnyOrderElementsOf(AuthorizationMatrixTest.ROUTES);
    }

    // ------------------------------------------------------------------ hostile material

    /** Strings meant to break parsers, queries, templates, logs and pages. */
    static final List<String> INJECTIONS = List.of(
            "' OR 1=1 --", "' OR '1'='1", "\" OR \"\"=\"", "1; DROP TABLE ticket; --", "'; SELECT pg_sleep(5); --",
            "' UNION SELECT token_hash, null FROM api_token --", "1' AND (SELECT COUNT(*) FROM team) > 0 --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1/a}", "${env:SERVELINK_ADMIN_TOKEN}", "${7*7}", "{{7*7}}", "#{7*7}",
            "%{7*7}", "%00", "\u0000", "a\u0000b", "%", "_", "\\", "%_\\", "100%", "%%", "\\%", "\\_", "*",
            "é", "DÉPLOIEMENT", "Problème de déploiement", "😀🔥", "\u202Eevil", "\uFEFF", "\uFFFF", "\uD800",
            "\uDC00\uD800", "Ａｄｍｉｎ", "İı", "ß", "\u0301e", "../../etc/passwd", "..\\..\\windows\\win.ini",
            "/etc/passwd", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/", "null", "undefined",
            "NaN", "-1", "0", "[]", "{}", " ", "\t\r\n", "ticket_' OR '1'='1", "res_../../x", "pm_%00",
            "ticket_", "res_", "pm_", "my-team' --", "my-team\u0000", "MY-TEAM", "my_team", "my-team/../other",
            "$where", "{\"$gt\":\"\"}", "\r\nX-Injected: 1", "a".repeat(300), "é".repeat(201), "😀".repeat(201));

    /** Pre-encoded path segments, inserted as they are (traversal and encoding tricks). */
    static final List<String> RAW_SEGMENTS = List.of(
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252f..%252fetc%252fpasswd",
            "%2e%2e/%2e%2e/etc/passwd", "....//....//etc/passwd", "..;/..;/etc/passwd", "%c0%ae%c0%ae%c0%af",
            "%00", "ticket_%00", "res_%00", "pm_%00", "%ff%fe%fd", "..", ".", "%2e", "%2e%2e", "%5c..%5c..%5cwindows",
            "a%0d%0aSet-Cookie:x=1", "%252e%252e%252f", "..%c0%af..%c0%af", "%e2%80%ae", "%f0%9f%98%80", ";", "%3b",
            "x;jsessionid=1", "%20", "+", "%2b", "*", "~root", "$%7bjndi:ldap://x/a%7d");

    /** JSON string literals with escapes no Java string can carry through UTF-8. */
    static final List<String> RAW_JSON_STRINGS = List.of(
            "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uffff\"", "\"a\\u0000' OR 1=1 --\"",
            "\"\\u202e\\u0000\"", "\"\\\\\\\\\\\\\"");

    static final List<String> WRONG_TYPES_FOR_TEXT = List.of(
            "2", "1.5", "true", "false", "[]", "{}", "[\"a\"]", "{\"$gt\":\"\"}", "0", "-1", "[null]");
    static final List<String> WRONG_TYPES_FOR_INT = List.of(
            "\"2\"", "\"1\"", "1.5", "true", "false", "[1]", "{\"v\":1}", "1e2", "2.0", "1.0", "-0.0", "\"\"",
            "\"1 OR 1=1\"", "[]");
    static final List<String> WRONG_TYPES_FOR_BOOL = List.of(
            "\"true\"", "\"false\"", "1", "0", "\"yes\"", "[true]", "{}", "\"\"", "1.0");
    static final List<String> HUGE_NUMBERS = List.of(
            "1e999999", "-1e999999", "1e-999999", "123456789012345678901234567890",
            "-123456789012345678901234567890", "9223372036854775808", "-9223372036854775809",
            "1" + "0".repeat(99), "1" + "0".repeat(150), "0." + "0".repeat(200) + "1", "1E+2147483647",
            "1e999999999", "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000");
    static final List<String> OUT_OF_RANGE_INTS = List.of("0", "-1", "101", "2147483648", "-2147483648", "100000");

    static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "text/html; charset=utf-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=----x", "application/octet-stream", "application/json5",
            "application/jsonp", "json", "*/*", "application/", ";", "text/json", "application/javascript",
            "application/json-seq-not", "");

    static final List<String> HEADER_VALUES = List.of(
            "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1/a}", "*;q=abc",
            "en;q=1e999999", "fr-FR,en;q=0.9,' OR 1=1 --", ";;;;", ",,,", "zh-Hant-TW-x-private-verylongsubtag",
            "a".repeat(4000), "-", "=", "%00", "..", "en-", "q=0", "*");

    // ------------------------------------------------------------------ the generator

    /** A request to send, described well enough to reproduce it. */
    record Hostile(int index, String mode, Target target, String method, String pathAndQuery,
                   Map<String, String> headers, byte[] body) {
        HttpRequest request() {
            HttpRequest.Builder builder = server.request(pathAndQuery);
            headers.forEach(builder::header);
            return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        }

        @Override
        public String toString() {
            Map<String, String> shown = new LinkedHashMap<>();
            headers.forEach((name, value) -> shown.put(name, name.equals("Authorization") && value.length() > 20
                    && !mode.equals("authorization") ? value.substring(0, 14) + "…" : shorten(value, 120)));
            return "[" + mode + "] " + method + " " + shorten(pathAndQuery, 300) + " headers=" + shown
                    + (body == null ? "" : " body(" + body.length + " bytes)="
                    + shorten(new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8), 300));
        }
    }

    /** Hostile requests from one seeded random source. */
    static final class Generator {
        private final Random random;
        private int index;

        Generator(Random random) {
            this.random = random;
        }

        Hostile next() {
            String mode = pickWeighted(MODES);
            List<Target> fitting = TARGETS.stream().filter(t -> fits(mode, t)).toList();
            Target target = pick(fitting);

            Map<String, String> headers = new LinkedHashMap<>();
            String token = switch (target.auth()) {
                case OWNER -> random.nextBoolean() ? owner : member;
                case MEMBER -> random.nextBoolean() ? member : owner;
                case STAFF -> staff;
                case OPERATOR -> RunningServer.ADMIN_TOKEN;
                case NONE -> random.nextInt(3) == 0 ? owner : null;
            };
            if (target.webhook()) {
                token = null;
            }
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }

            boolean hostilePath = mode.equals("path") || mode.equals("long-segment");
            String path = path(target, hostilePath, mode.equals("long-segment"));
            String query = mode.equals("query") ? query(target) : mode.equals("cursor") ? cursorQuery() : "";
            String method = target.method();
            byte[] body = null;

            switch (mode) {
                case "random-bytes" -> body = randomBytes(1 + random.nextInt(3000), headers);
                case "wrong-content-type" -> {
                    body = utf8(poisoned(target, "any"));
                    String type = pick(WRONG_CONTENT_TYPES);
                    if (!type.isEmpty()) {
                        headers.put("Content-Type", type);
                    }
                }
                case "deep-nesting" -> body = json(headers, deepNesting(target));
                case "huge-numbers" -> body = json(headers, poisoned(target, "huge"));
                case "wrong-types" -> body = json(headers, poisoned(target, "type"));
                case "injection" -> body = json(headers, poisoned(target, "injection"));
                case "oversized" -> body = json(headers, oversized(target));
                case "invalid-utf8" -> body = invalidUtf8(target, headers);
                case "malformed" -> body = json(headers, malformed(target));
                case "noise-body" -> body = random.nextBoolean() ? randomBytes(1 + random.nextInt(2000), headers)
                        : json(headers, UNIVERSAL_POISON);
                case "webhook-unsigned" -> body = json(headers, random.nextBoolean() ? event(hostileEvent())
                        : poisoned(target, "any"));
                case "webhook-bad-signature" -> {
                    body = json(headers, event(hostileEvent()));
                    headers.put("X-Servelink-Signature", badSignature(body));
                }
                case "webhook-signed" -> {
                    body = json(headers, signedHostileEvent());
                    headers.put("X-Servelink-Signature", sign(body, Instant.now().getEpochSecond()));
                }
                case "headers" -> {
                    String value = headerValue();
                    headers.put(target.template().endsWith("/available") ? "Accept-Language" : "Idempotency-Key",
                            value);
                }
                case "method" -> method = pick(otherMethods(target.method()));
                case "authorization" -> headers.put("Authorization", pick(List.of(
                        "Bearer " + headerValue(), "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=",
                        "Bearer " + "a".repeat(10_000), "Bearer " + owner + "x", "Bearer " + owner.substring(1),
                        "Token " + owner, "Bearer " + owner + " " + owner, "Bearer\t" + owner.toUpperCase(),
                        "Bearer " + RunningServer.ADMIN_TOKEN + "'--", "Bearer null", "Bearer undefined")));
                default -> {
                }
            }
            if (body == null && (target.readsBody() || mode.equals("method"))) {
                // every body a route reads stays invalid, whatever else this request tries
                body = json(headers, target.readsBody() && !target.webhook() ? poisoned(target, "any")
                        : UNIVERSAL_POISON);
            }
            return new Hostile(index++, mode, target, method, path + query, headers, body);
        }

        /** Kinds of attack and how many of the requests each gets, roughly. */
        private static final Map<String, Integer> MODES = modes();

        private static Map<String, Integer> modes() {
            Map<String, Integer> modes = new LinkedHashMap<>();
            modes.put("path", 120);
            modes.put("long-segment", 50);
            modes.put("query", 70);
            modes.put("cursor", 30);
            modes.put("random-bytes", 60);
            modes.put("wrong-content-type", 60);
            modes.put("deep-nesting", 50);
            modes.put("huge-numbers", 70);
            modes.put("wrong-types", 90);
            modes.put("injection", 100);
            modes.put("oversized", 40);
            modes.put("invalid-utf8", 30);
            modes.put("malformed", 60);
            modes.put("webhook-unsigned", 15);
            modes.put("webhook-bad-signature", 20);
            modes.put("webhook-signed", 50);
            modes.put("headers", 20);
            modes.put("method", 30);
            modes.put("authorization", 25);
            modes.put("noise-body", 20);
            return Collections.unmodifiableMap(modes);
        }

        private static boolean fits(String mode, Target target) {
            boolean jsonBody = target.readsBody() && !target.webhook();
            return switch (mode) {
                case "path", "long-segment" -> target.template().contains("{");
                case "query" -> !target.query().isEmpty();
                case "cursor" -> target.query().contains("cursor");
                case "random-bytes", "deep-nesting", "oversized" -> target.readsBody();
                case "wrong-content-type", "huge-numbers", "wrong-types", "injection", "invalid-utf8", "malformed" ->
                        jsonBody;
                case "webhook-unsigned", "webhook-bad-signature", "webhook-signed" -> target.webhook();
                case "headers" -> target.template().endsWith("/available") || target.template().endsWith("/purchase");
                case "noise-body" -> !target.readsBody();
                default -> true;
            };
        }

        private String pickWeighted(Map<String, Integer> weights) {
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            int chosen = random.nextInt(total);
            for (Map.Entry<String, Integer> entry : weights.entrySet()) {
                chosen -= entry.getValue();
                if (chosen < 0) {
                    return entry.getKey();
                }
            }
            throw new IllegalStateException();
        }

        // ---------------------------------------------------------- paths

        private String path(Target target, boolean hostile, boolean long_) {
            List<String> parameters = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(target.template());
            while (m.find()) {
                parameters.add(m.group(1));
            }
            String chosen = parameters.isEmpty() ? null : pick(parameters);
            StringBuilder path = new StringBuilder();
            m.reset();
            int last = 0;
            while (m.find()) {
                path.append(target.template(), last, m.start());
                String name = m.group(1);
                boolean attacked = target.alwaysHostile().contains(name) || (hostile && name.equals(chosen))
                        || (hostile && random.nextInt(4) == 0);
                path.append(attacked ? hostileSegment(name, long_ && name.equals(chosen)) : realSegment(name));
                last = m.end();
            }
            path.append(target.template().substring(last));
            return path.toString();
        }

        private String realSegment(String name) {
            return switch (name) {
                case "team_slug" -> TEAM;
                case "resource_id" -> resourceId;
                case "ticket_id" -> ticketId;
                case "payment_id" -> paymentId;
                case "project_id" -> "prj_NoSuchProject0000"; // well formed, names nothing: never changes state
                case "webhook_id" -> "whk_NoSuchEndpoint000";
                case "delivery_id" -> "whd_NoSuchDelivery000";
                case "article_id" -> "art_NoSuchArticle000";
                case "slug" -> "no-such-article";
                case "token" -> "MTpwYXltZW50cw.Zm9yZ2Vk"; // well formed, signed by no one: a 400 page
                case "provider" -> "sandbox";
                case "asset" -> "swagger-ui.css";
                case "number" -> "SL-2000-000001"; // well formed, names no invoice: a 404
                default -> throw new IllegalStateException("no real value for " + name);
            };
        }

        /** A segment that names nothing real, already encoded for the URI. */
        private String hostileSegment(String name, boolean long_) {
            for (int attempt = 0; ; attempt++) {
                String segment;
                if (long_) {
                    // mostly within the 16 KiB request head Undertow accepts, sometimes beyond
                    int length = random.nextInt(6) == 0 ? 17_000 + random.nextInt(3_000) : 300 + random.nextInt(9_000);
                    String prefix = switch (name) {
                        case "ticket_id" -> "ticket_";
                        case "resource_id" -> "res_";
                        case "payment_id" -> "pm_";
                        default -> "";
                    };
                    segment = switch (random.nextInt(3)) {
                        case 0 -> prefix + "a".repeat(length);
                        case 1 -> prefix + "%41".repeat(length / 3);
                        default -> prefix + randomWord(length);
                    };
                } else if (random.nextInt(3) == 0) {
                    segment = pick(RAW_SEGMENTS);
                } else {
                    String prefix = random.nextBoolean() ? "" : switch (name) {
                        case "ticket_id" -> "ticket_";
                        case "resource_id" -> "res_";
                        case "payment_id" -> "pm_";
                        default -> "";
                    };
                    segment = encodePath(prefix + pick(INJECTIONS));
                }
                if (attempt < 50 && !namesSomethingReal(name, segment) && validUri(segment)) {
                    return segment;
                }
                if (attempt >= 50) {
                    return "nothing-real-" + random.nextInt(1000);
                }
            }
        }

        /** Whether a hostile segment might, once decoded, name a real thing (never sent). */
        private boolean namesSomethingReal(String name, String segment) {
            String decoded;
            try {
                decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8).trim();
            } catch (IllegalArgumentException e) {
                decoded = segment;
            }
            if (decoded.contains(ticketId) || decoded.contains(resourceId) || decoded.contains(paymentId)) {
                return true;
            }
            if (name.equals("user_id")) {
                try {
                    return Long.parseLong(decoded) > 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            if (name.equals("name")) {
                return decoded.contains("expire");
            }
            return false;
        }

        // ---------------------------------------------------------- query strings

        private String query(Target target) {
            List<String> pairs = new ArrayList<>();
            if (random.nextInt(10) == 0) {
                for (int i = 0; i < 150; i++) {
                    pairs.add(pick(target.query()) + "=" + encodeQuery(pick(INJECTIONS)));
                }
            } else {
                for (String name : target.query()) {
                    if (random.nextInt(3) > 0) {
                        pairs.add(name + "=" + encodeQuery(queryValue(name)));
                    }
                }
                if (pairs.isEmpty()) {
                    String name = pick(target.query());
                    pairs.add(name + "=" + encodeQuery(queryValue(name)));
                }
                if (random.nextInt(4) == 0) {
                    pairs.add(pick(target.query()) + "=" + encodeQuery(pick(INJECTIONS)));
                }
                if (random.nextInt(6) == 0) {
                    pairs.add(pick(List.of("%00", "%", "a%zz", "q%5B%5D", "limit[]", "", "=", "&&", "q=1=2")));
                }
            }
            String query = "?" + String.join("&", pairs);
            return validUri(query) ? query : "?" + pairs.stream().filter(HostileInputTest::validUri)
                    .collect(Collectors.joining("&"));
        }

        private String queryValue(String name) {
            return switch (random.nextInt(4)) {
                case 0 -> pick(INJECTIONS);
                case 1 -> pick(List.of("-1", "0", "101", "1e3", "99999999999999999999", "1.5", "true", "", " ",
                        "2147483648", "-2147483649", "0x10", "1,2", "NaN", "５"));
                case 2 -> switch (name) {
                    case "q" -> pick(List.of("x".repeat(201), "é".repeat(201), "%", "_", "\\", "%%%%", "\\%",
                            "a%b_c\\d", "'", "''", "\"", "déploiement", "DEPLOIEMENT", "\u0000", "*", "?"));
                    case "cursor" -> cursor();
                    case "from", "to" -> pick(List.of("0000-01-01", "0001-01-01", "9999-12-31", "2025-02-29",
                            "2024-02-29", "2025-13-01", "+10000-01-01", "2025-1-1", "2025-01-01T00:00:00Z",
                            "-0001-01-01", "1900-01-01", "2025-01-01 ", "2025/01/01"));
                    case "interval" -> pick(List.of("WEEK", "Month", "week ", "day", "year", "weeks", "month\u0000",
                            "week,month"));
                    default -> pick(List.of("OPEN", "In_Progress", "high,urgent", "high;urgent", "pending ",
                            " active", "urgent\u0000", "h%igh", "*"));
                };
                default -> randomWord(1 + random.nextInt(50));
            };
        }

        private String cursorQuery() {
            return "?cursor=" + encodeQuery(cursor()) + (random.nextBoolean() ? "&limit=" + (1 + random.nextInt(100))
                    : "");
        }

        /** Cursors shaped like the server's, naming impossible positions, or garbage. */
        private String cursor() {
            String raw = switch (random.nextInt(12)) {
                case 0 -> "31556889864403199.999999999." + ticketId;
                case 1 -> "-31557014167219200.0." + ticketId;
                case 2 -> "99999999999.0.ticket_x";
                case 3 -> "-99999999999.0.ticket_x";
                case 4 -> "0.0." + pick(INJECTIONS);
                case 5 -> "1.-1.ticket_x";
                case 6 -> "1.2147483647.ticket_x";
                case 7 -> "9223372036854775807.0.ticket_x";
                case 8 -> Instant.now().getEpochSecond() + ".0." + ticketId;
                case 9 -> "253402300800.0.ticket_x";
                case 10 -> "-62135596801.0.ticket_x";
                default -> null;
            };
            if (raw == null) {
                return pick(List.of("abc", "====", "%%%", "", "ticket_x", randomWord(40), "eyJ9",
                        Base64.getEncoder().encodeToString(randomRaw(30))));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        // ---------------------------------------------------------- bodies

        /** A JSON object with at least one field the route reads made invalid. */
        private String poisoned(Target target, String flavour) {
            List<Field> fields = target.body() == null || target.body().isEmpty()
                    ? List.of(Field.code("type", "payment.completed"))
                    : target.body();
            Field poison = pick(fields);
            Map<String, String> members = new LinkedHashMap<>();
            for (Field field : fields) {
                if (field != poison && random.nextInt(10) < 7) {
                    members.put(field.name(), goodOrHostile(field, flavour));
                }
            }
            members.put(poison.name(), poison(poison, flavour));
            if (random.nextInt(3) == 0) {
                String extra = pick(List.of("__proto__", "constructor", "$where", "price", "amount", "unit_price",
                        "team_id", "user_id", "role", "id", "is_support", "status", "plan", "created_at"));
                if (fields.stream().noneMatch(f -> f.name().equals(extra))) {
                    members.put(extra, random.nextBoolean() ? jsonString(pick(INJECTIONS))
                            : pick(List.of("0", "-1", "true", "{\"admin\":true}", "[1,2]", "1e999999")));
                }
            }
            List<String> names = new ArrayList<>(members.keySet());
            Collections.shuffle(names, random);
            return "{" + names.stream().map(n -> "\"" + n + "\":" + members.get(n)).collect(Collectors.joining(","))
                    + "}";
        }

        /** A value of the right type: a valid one, or a hostile string where any string is accepted. */
        private String goodOrHostile(Field field, String flavour) {
            return switch (field.kind()) {
                case TEXT -> !field.codes().isEmpty() && random.nextBoolean() ? jsonString(pick(field.codes()))
                        : flavour.equals("huge") && random.nextBoolean() ? pick(HUGE_NUMBERS)
                        : random.nextBoolean() ? hostileJsonString() : jsonString("plain text");
                case INT -> flavour.equals("huge") ? pick(HUGE_NUMBERS) : String.valueOf(1 + random.nextInt(100));
                case LONG -> String.valueOf(1 + random.nextInt(5));
                case BOOL -> String.valueOf(random.nextBoolean());
            };
        }

        /** A value the route must refuse for this field. */
        private String poison(Field field, String flavour) {
            String chosen = flavour.equals("any") ? pick(List.of("huge", "type", "injection")) : flavour;
            return switch (field.kind()) {
                case TEXT -> {
                    if (chosen.equals("huge")) {
                        yield pick(HUGE_NUMBERS);
                    }
                    if (chosen.equals("injection") && !field.codes().isEmpty()) {
                        String value = random.nextInt(4) == 0 ? pick(RAW_JSON_STRINGS) : hostileCode(field);
                        yield value;
                    }
                    yield pick(WRONG_TYPES_FOR_TEXT);
                }
                case INT -> chosen.equals("huge") ? pick(HUGE_NUMBERS)
                        : chosen.equals("injection") ? pick(List.of(jsonString(pick(INJECTIONS)), pick(OUT_OF_RANGE_INTS)))
                        : pick(WRONG_TYPES_FOR_INT);
                case LONG -> chosen.equals("huge") ? pick(List.of("9223372036854775808", "1e999999", "1e-999999",
                        "123456789012345678901234567890", "-9223372036854775809"))
                        : chosen.equals("injection") ? jsonString(pick(INJECTIONS))
                        : pick(WRONG_TYPES_FOR_INT);
                case BOOL -> chosen.equals("huge") ? pick(HUGE_NUMBERS)
                        : chosen.equals("injection") ? jsonString(pick(INJECTIONS))
                        : pick(WRONG_TYPES_FOR_BOOL);
            };
        }

        private String hostileCode(Field field) {
            while (true) {
                String value = pick(INJECTIONS);
                if (!field.codes().contains(value)) {
                    return jsonString(value);
                }
            }
        }

        private String hostileJsonString() {
            return random.nextInt(5) == 0 ? pick(RAW_JSON_STRINGS) : jsonString(pick(INJECTIONS));
        }

        private String deepNesting(Target target) {
            int depth = 33 + random.nextInt(10_000);
            return switch (random.nextInt(4)) {
                case 0 -> "[".repeat(depth);
                case 1 -> "[".repeat(depth) + "]".repeat(depth);
                case 2 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                default -> {
                    String object = poisoned(target, "any");
                    yield object.substring(0, object.length() - 1) + ",\"nested\":" + "[".repeat(depth) + "]"
                            .repeat(depth) + "}";
                }
            };
        }

        private String oversized(Target target) {
            String object = target.webhook() ? event(hostileEvent()) : poisoned(target, "any");
            int size = MAX_BODY + 1 + random.nextInt(100);
            int padding = size - object.length() - ",\"padding\":\"\"".length();
            return object.substring(0, object.length() - 1) + ",\"padding\":\"" + "x".repeat(Math.max(padding, 1))
                    + "\"}";
        }

        private byte[] invalidUtf8(Target target, Map<String, String> headers) {
            String object = poisoned(target, "any");
            byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xE2, (byte) 0x82}};
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] head = utf8(object.substring(0, object.length() - 1) + ",\"bad\":\"");
            out.writeBytes(head);
            out.writeBytes(bad[random.nextInt(bad.length)]);
            out.writeBytes(utf8("\"}"));
            headers.put("Content-Type", "application/json");
            return out.toByteArray();
        }

        private String malformed(Target target) {
            String object = poisoned(target, "any");
            return switch (random.nextInt(14)) {
                case 0 -> object.substring(0, 1 + random.nextInt(object.length() - 1));
                case 1 -> object + pick(List.of("x", "}", "{}", " 1", ",", "\u0000", "//", "[]"));
                case 2 -> object.replace('"', '\'');
                case 3 -> object.substring(0, object.length() - 1) + ",}";
                case 4 -> "/* comment */" + object;
                case 5 -> object.replaceAll("\"([a-z_]+)\":", "$1:");
                case 6 -> "";
                case 7 -> pick(List.of("   ", "\n\t", "\r\n"));
                case 8 -> pick(List.of("null", "[]", "\"text\"", "42", "true", "[" + object + "]"));
                case 9 -> "{\"a\" 1}";
                case 10 -> "{\"quantity\":NaN,\"resource_type\":Infinity}";
                case 11 -> "\uFEFF" + object;
                case 12 -> object.replace(":", "=");
                default -> "{" + object;
            };
        }

        private byte[] randomBytes(int length, Map<String, String> headers) {
            byte[] bytes = randomRaw(length);
            // never an object in any encoding a JSON parser could detect: the first character is
            // not '{', not white space, not a byte-order mark, not a zero byte
            byte[] firsts = utf8("!#$%&()*+-./0123456789:;<=>?@ABCXYZ[]^_`abcxyz|~\\\"'");
            bytes[0] = random.nextBoolean() ? firsts[random.nextInt(firsts.length)]
                    : (byte) (0x80 + random.nextInt(0x6E));
            headers.put("Content-Type", pick(List.of("application/json", "application/json; charset=utf-8",
                    "application/problem+json")));
            return bytes;
        }

        private byte[] json(Map<String, String> headers, String text) {
            headers.put("Content-Type", pick(List.of("application/json", "application/json; charset=utf-8",
                    "application/json;charset=ISO-8859-1", "application/merge-patch+json")));
            return utf8(text);
        }

        // ---------------------------------------------------------- webhooks

        private Map<String, String> hostileEvent() {
            Map<String, String> event = new LinkedHashMap<>();
            event.put("id", random.nextBoolean() ? jsonString("evt_" + randomWord(12)) : hostileOrWrongType());
            event.put("type", random.nextBoolean() ? jsonString("payment.failed") : hostileOrWrongType());
            event.put("payment_id", random.nextBoolean() ? jsonString(paymentId) : hostileOrWrongType());
            event.put("amount", pick(List.of("1.00", "2.00", pick(HUGE_NUMBERS), "\"1.00\"")));
            event.put("currency", random.nextBoolean() ? jsonString("EUR") : hostileOrWrongType());
            return event;
        }

        /**
         * A correctly signed event that still must change nothing: the real payment only with a
         * completion of another amount or currency, or an unknown type; or an unknown payment; or
         * fields of the wrong type.
         */
        private String signedHostileEvent() {
            Map<String, String> event = new LinkedHashMap<>();
            event.put("id", jsonString("evt_" + randomWord(16)));
            switch (random.nextInt(7)) {
                case 0 -> { // the real payment, completed, with an amount it never had
                    event.put("type", jsonString("payment.completed"));
                    event.put("payment_id", jsonString(paymentId));
                    event.put("amount", pick(List.of(pick(HUGE_NUMBERS), "1.005", "0", "-1.00", "2.00", "0.99",
                            "1e999999999", "1E+2147483647", "1e-2147483647", "\"1.00\"", "true", "null", "[1.00]",
                            "{\"value\":1}", "1.001", "-0.00")));
                    event.put("currency", jsonString("EUR"));
                }
                case 1 -> { // the real payment, its amount, another currency
                    event.put("type", jsonString("payment.completed"));
                    event.put("payment_id", jsonString(paymentId));
                    event.put("amount", "1.00");
                    event.put("currency", pick(List.of(jsonString("USD"), jsonString("eur"), jsonString("XXX"),
                            jsonString("€"), jsonString("' OR 1=1 --"), jsonString("EURO"), jsonString(""),
                            "1", "null", "[\"EUR\"]", jsonString("EUR\u0000"), jsonString(" EUR"))));
                }
                case 2 -> { // the real payment, a type no provider sends
                    event.put("type", hostileCodeOrWrongType(Set.of("payment.completed", "payment.failed",
                            "payment.refunded", "payment.disputed")));
                    event.put("payment_id", jsonString(paymentId));
                    event.put("amount", "1.00");
                    event.put("currency", jsonString("EUR"));
                }
                case 3 -> { // a payment that does not exist
                    event.put("type", jsonString(pick(List.of("payment.completed", "payment.failed",
                            "payment.refunded", "payment.disputed"))));
                    event.put("payment_id", jsonString(pick(List.of("pm_", "") ) + pick(INJECTIONS)));
                    event.put("amount", pick(List.of("1.00", pick(HUGE_NUMBERS))));
                    event.put("currency", jsonString("EUR"));
                }
                case 4 -> { // fields of the wrong type
                    event.put("id", pick(List.of(pick(WRONG_TYPES_FOR_TEXT), jsonString(""), jsonString(" "),
                            jsonString("e".repeat(256)))));
                    event.put("type", jsonString("payment.failed"));
                    event.put("payment_id", jsonString(paymentId));
                    event.put("amount", "1.00");
                    event.put("currency", jsonString("EUR"));
                }
                case 5 -> { // the real payment, never completed, refunded or disputed: nothing to revoke
                    event.put("type", jsonString(random.nextBoolean() ? "payment.refunded" : "payment.disputed"));
                    event.put("payment_id", random.nextBoolean() ? jsonString(paymentId) : hostileOrWrongType());
                    event.put("amount", pick(List.of("1.00", pick(HUGE_NUMBERS), "null")));
                    event.put("currency", random.nextBoolean() ? jsonString("EUR") : hostileOrWrongType());
                }
                default -> { // not an event at all
                    return pick(List.of("[]", "null", "\"payment.completed\"", "{\"id\":\"evt_1\"}",
                            "{\"id\":\"evt_1\",\"type\":\"payment.failed\",\"data\":[]}",
                            "{\"id\":\"evt_1\",\"type\":\"payment.failed\",\"data\":\"" + paymentId + "\"}",
                            "[".repeat(5000), "{\"id\":\"evt_1\",\"type\":\"payment.failed\",\"data\":{\"payment_id\":1}}",
                            "{\"id\":\"evt_1\",\"type\":\"payment.failed\",\"data\":null}"));
                }
            }
            return event(event);
        }

        private String event(Map<String, String> e) {
            return "{\"id\":" + e.get("id") + ",\"type\":" + e.get("type") + ",\"data\":{\"payment_id\":"
                    + e.get("payment_id") + ",\"amount\":" + e.get("amount") + ",\"currency\":" + e.get("currency")
                    + "}}";
        }

        private String hostileOrWrongType() {
            return random.nextBoolean() ? hostileJsonString() : pick(WRONG_TYPES_FOR_TEXT);
        }

        private String hostileCodeOrWrongType(Set<String> forbidden) {
            while (true) {
                String value = hostileOrWrongType();
                if (forbidden.stream().noneMatch(value::contains)) {
                    return value;
                }
            }
        }

        private String badSignature(byte[] body) {
            long now = Instant.now().getEpochSecond();
            return switch (random.nextInt(9)) {
                case 0 -> "t=" + now + ",v1=" + HexFormat.of().formatHex(randomRaw(32));
                case 1 -> sign(body, now - 600);
                case 2 -> sign(body, now + 600);
                case 3 -> "t=abc,v1=" + HexFormat.of().formatHex(randomRaw(32));
                case 4 -> "t=" + Long.MIN_VALUE + ",v1=00";
                case 5 -> "t=99999999999999999999999,v1=00";
                case 6 -> sign(utf8("{}"), now);
                case 7 -> "v1=" + sign(body, now).substring(sign(body, now).indexOf("v1=") + 3);
                default -> headerValue();
            };
        }

        String sign(byte[] body, long t) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(server.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
                return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        // ---------------------------------------------------------- small things

        private String headerValue() {
            return pick(HEADER_VALUES);
        }

        private List<String> otherMethods(String method) {
            List<String> methods = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
                    "PROPFIND", "BREW"));
            methods.remove(method);
            // a DELETE that landed on the cancel route would ignore the body: never sent
            methods.remove("DELETE");
            return methods;
        }

        private String randomWord(int length) {
            String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_";
            StringBuilder word = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return word.toString();
        }

        private byte[] randomRaw(int length) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            return bytes;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    /** A body every body-reading route refuses: each reads at least one of these with the wrong type. */
    static final String UNIVERSAL_POISON = "{\"resource_type\":7,\"subject\":7,\"message\":7,\"status\":7,"
            + "\"slug\":7,\"plan\":7,\"email\":7,\"user_id\":\"7\"}";

    static String jsonString(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static boolean validUri(String pathOrQuery) {
        try {
            URI.create("http://127.0.0.1:1/" + pathOrQuery);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
