package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's plan limits over HTTP (the 409 problems, a forced downgrade) and the tickets'
 * {@code limit}/{@code cursor} contract on every other list: each is walked page by page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlanLimitsAndPagingApiTest {
    private static final String ADMIN = RunningServer.ADMIN_TOKEN;
    private RunningServer server;

    abstract RunningServer start();

    @BeforeAll
    void startServer() {
        server = start();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String team(String plan) {
        String slug = "t" + unique();
        ok(server.post("/api/admin/teams", ADMIN, "{\"slug\":\"" + slug + "\",\"name\":\"T\",\"plan\":\"" + plan + "\"}"),
                201);
        return slug;
    }

    private long user() {
        return ok(server.post("/api/admin/users", ADMIN, "{\"email\":\"u" + unique()
                + "@example.com\",\"name\":\"U\",\"is_support\":false}"), 201).path("id").asLong();
    }

    private Reply addMember(String team, long user, String role) {
        return server.post("/api/admin/teams/" + team + "/members", ADMIN,
                "{\"user_id\":" + user + ",\"role\":\"" + role + "\"}");
    }

    private String token(long user) {
        return ok(server.post("/api/admin/users/" + user + "/tokens", ADMIN, ""), 201).path("token").asText();
    }

    private Reply createProject(String team, String name) {
        return server.post("/api/admin/teams/" + team + "/projects", ADMIN, "{\"name\":\"" + name + "\"}");
    }

    private static void assertLimitProblem(Reply reply, String limit, int allowed, int current) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).isEqualTo("urn:servelink:problem:plan-limit-reached");
        assertThat(problem.path("title").asText()).isEqualTo("Plan limit reached");
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("detail").asText()).contains(limit);
        assertThat(problem.path("limit").asText()).isEqualTo(limit);
        assertThat(problem.path("allowed").asInt()).isEqualTo(allowed);
        assertThat(problem.path("current").asInt()).isEqualTo(current);
        assertThat(problem.path("over_limits")).hasSize(1);
        assertThat(problem.path("over_limits").get(0).path("limit").asText()).isEqualTo(limit);
    }

    @Test
    void a_free_teams_third_project_is_a_409_naming_the_limit_and_is_not_recorded() {
        String team = team("free");
        long owner = user();
        ok(addMember(team, owner, "owner"), 201);
        ok(createProject(team, "one"), 201);
        ok(createProject(team, "two"), 201);

        assertLimitProblem(createProject(team, "three"), "projects", 2, 2);

        JsonNode projects = ok(server.get("/api/resources/" + team + "/projects", token(owner)), 200);
        assertThat(projects.path("projects").findValuesAsText("name")).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void a_free_teams_second_member_is_a_409_and_a_role_change_is_not() {
        String team = team("free");
        long first = user();
        ok(addMember(team, first, "owner"), 201);

        assertLimitProblem(addMember(team, user(), "member"), "members", 1, 1);
        assertThat(addMember(team, first, "admin").status()).isEqualTo(201);
    }

    @Test
    void a_downgrade_below_the_counts_is_a_409_listing_each_limit_unless_forced() {
        String team = team("pro");
        ok(addMember(team, user(), "owner"), 201);
        ok(addMember(team, user(), "member"), 201);
        for (int i = 0; i < 3; i++) {
            ok(createProject(team, "p" + i), 201);
        }

        Reply refused = server.patch("/api/admin/teams/" + team, ADMIN, "{\"plan\":\"free\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        JsonNode problem = refused.json();
        assertThat(problem.path("type").asText()).isEqualTo("urn:servelink:problem:plan-limit-reached");
        assertThat(problem.has("limit")).isFalse();
        assertThat(problem.path("over_limits").toString())
                .isEqualTo("[{\"limit\":\"projects\",\"allowed\":2,\"current\":3},"
                        + "{\"limit\":\"members\",\"allowed\":1,\"current\":2}]");
        ok(createProject(team, "still pro"), 201);

        Reply badForce = server.patch("/api/admin/teams/" + team, ADMIN, "{\"plan\":\"free\",\"force\":\"yes\"}");
        assertThat(badForce.status()).isEqualTo(422);
        assertThat(badForce.json().path("errors").findValuesAsText("field")).containsExactly("force");

        JsonNode forced = ok(server.patch("/api/admin/teams/" + team, ADMIN, "{\"plan\":\"free\",\"force\":true}"), 200);
        assertThat(forced.path("slug").asText()).isEqualTo(team);
        assertThat(forced.path("plan").asText()).isEqualTo("free");
        assertThat(forced.path("over_limits").toString())
                .isEqualTo("[{\"limit\":\"projects\",\"allowed\":2,\"current\":4},"
                        + "{\"limit\":\"members\",\"allowed\":1,\"current\":2}]");
        assertLimitProblem(createProject(team, "p9"), "projects", 2, 4);

        JsonNode upgraded = ok(server.patch("/api/admin/teams/" + team, ADMIN, "{\"plan\":\"pro\"}"), 200);
        assertThat(upgraded.path("over_limits")).isEmpty();
    }

    /** Walks a list page by page; checks each page's size, the last page's null cursor, and no repeat. */
    private List<String> walk(String path, String token, String field, String idField, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 1_000; pages++) {
            String sep = path.contains("?") ? "&" : "?";
            String url = path + sep + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = ok(server.get(url, token), 200);
            assertThat(page.path(field).size()).isLessThanOrEqualTo(limit);
            page.path(field).forEach(item -> ids.add(item.path(idField).asText()));
            assertThat(page.has("next_cursor")).as("next_cursor is always present").isTrue();
            if (page.path("next_cursor").isNull()) {
                Set<String> distinct = new HashSet<>(ids);
                assertThat(distinct).as("no item twice").hasSameSizeAs(ids);
                return ids;
            }
            assertThat(page.path(field).size()).isEqualTo(limit);
            cursor = page.path("next_cursor").asText();
        }
        throw new AssertionError("the pages never end");
    }

    private void assertPagingContract(String path, String token, String field, String idField, int expected) {
        List<String> whole = walk(path, token, field, idField, 100);
        assertThat(whole).hasSizeGreaterThanOrEqualTo(expected);
        for (int limit : List.of(1, 2, 3)) {
            assertThat(walk(path, token, field, idField, limit)).as("pages of " + limit).containsExactlyElementsOf(whole);
        }
        String sep = path.contains("?") ? "&" : "?";
        JsonNode first = ok(server.get(path, token), 200);
        assertThat(first.path(field).size()).isEqualTo(Math.min(whole.size(), 50));
        for (String bad : List.of("limit=101", "limit=0", "limit=x", "limit=1.5")) {
            Reply refused = server.get(path + sep + bad, token);
            assertThat(refused.status()).as(path + " " + bad).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("limit");
        }
        for (String bad : List.of("garbage!", "Zm9v", "MTIzLjQ1Ni4", "MS54LmFiYw")) {
            Reply refused = server.get(path + sep + "cursor=" + URLEncoder.encode(bad, StandardCharsets.UTF_8), token);
            assertThat(refused.status()).as(path + " cursor " + bad).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("cursor");
        }
    }

    @Test
    void projects_payments_resources_and_alerts_follow_the_tickets_paging_contract() {
        String team = team("pro");
        long ownerId = user();
        ok(addMember(team, ownerId, "owner"), 201);
        String owner = token(ownerId);
        List<String> projectIds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            projectIds.add(ok(createProject(team, "p" + i), 201).path("id").asText());
        }
        for (int i = 0; i < 5; i++) {
            ok(server.post("/api/resources/" + team + "/purchase", owner,
                    "{\"resource_type\":\"" + (i % 2 == 0 ? "ram" : "cpu") + "\",\"quantity\":1}"), 201);
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ok(server.post("/api/admin/usage", ADMIN, "{\"samples\":["
                + "{\"project_id\":\"" + projectIds.get(0) + "\",\"day\":\"" + today + "\",\"metric\":\"traffic_gb\",\"amount\":12},"
                + "{\"project_id\":\"" + projectIds.get(0) + "\",\"day\":\"" + today + "\",\"metric\":\"storage_mb\",\"amount\":20000}"
                + "]}"), 200);
        ok(server.post("/api/admin/jobs/check_usage_limits_task/run", ADMIN, ""), 200);

        String base = "/api/resources/" + team;
        List<String> projects = walk(base + "/projects", owner, "projects", "id", 3);
        assertThat(projects).containsExactlyElementsOf(projectIds);
        assertPagingContract(base + "/projects", owner, "projects", "id", 7);
        assertPagingContract("/api/payments/" + team, owner, "payments", "id", 5);
        assertPagingContract(base + "/list", owner, "resources", "id", 5);
        assertPagingContract(base + "/list?status=pending", owner, "resources", "id", 5);
        assertPagingContract(base + "/alerts", owner, "alerts", "id", 6);

        JsonNode resources = ok(server.get(base + "/list?limit=2", owner), 200);
        assertThat(resources.has("totals")).as("the totals stay, whatever the page").isTrue();
    }

    @Test
    void the_staff_queue_follows_the_tickets_paging_contract() {
        String team = team("pro");
        long memberId = user();
        ok(addMember(team, memberId, "member"), 201);
        String member = token(memberId);
        for (int i = 0; i < 5; i++) {
            ok(server.post("/api/support/" + team + "/tickets", member, "{\"subject\":\"Sujet " + i
                    + "\",\"description\":\"Description\",\"category\":\"technical\"}"), 201);
        }
        String staff = server.tokens().staff();
        assertPagingContract("/api/staff/queue", staff, "tickets", "id", 5);
        assertPagingContract("/api/staff/queue?min_priority=low", staff, "tickets", "id", 5);
    }
}
