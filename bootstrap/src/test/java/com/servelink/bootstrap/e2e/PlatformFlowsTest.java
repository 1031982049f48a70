package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static com.servelink.bootstrap.e2e.Replies.ok;

/**
 * The platform reports a project, its deployments and its usage through the operator API; the
 * nightly jobs act on them; the team sees its projects and its usage alerts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformFlowsTest {
    private RunningServer server;

    @BeforeAll
    void start() {
        server = RunningServer.h2();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void reported_usage_over_the_limits_raises_alerts_the_team_can_read() {
        String admin = RunningServer.ADMIN_TOKEN;
        JsonNode project = ok(server.post("/api/admin/teams/my-team/projects", admin, "{\"name\":\"shop\"}"), 201);
        String id = project.path("id").asText();
        assertThat(id).startsWith("prj_");
        assertThat(project.path("status").asText()).isEqualTo("active");

        ok(server.post("/api/admin/projects/" + id + "/traffic", admin, ""), 200);
        JsonNode deployment = ok(server.post("/api/admin/projects/" + id + "/deployments", admin,
                "{\"environment\":\"production\",\"status\":\"finished\",\"is_current\":true,\"size_mb\":120}"), 200);
        assertThat(deployment.path("is_current").asBoolean()).isTrue();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // Pro: 10 GB of traffic a month; 12 GB reported is over 100 %
        JsonNode stored = ok(server.post("/api/admin/usage", admin, "{\"samples\":[{\"project_id\":\"" + id
                + "\",\"day\":\"" + today + "\",\"metric\":\"traffic_gb\",\"amount\":12}]}"), 200);
        assertThat(stored.path("stored").asInt()).isEqualTo(1);
        var bad = server.post("/api/admin/usage", admin, "{\"samples\":[{\"project_id\":\"" + id
                + "\",\"day\":\"" + today + "\",\"metric\":\"traffic_gb\",\"amount\":-1}]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors").findValuesAsText("field")).contains("samples[0].amount");

        JsonNode run = ok(server.post("/api/admin/jobs/check_usage_limits_task/run", admin, ""), 200);
        assertThat(run.path("affected").asInt()).isEqualTo(3);
        ok(server.post("/api/admin/jobs/update_project_storage/run", admin, ""), 200);

        String member = server.tokens().member();
        JsonNode alerts = ok(server.get("/api/resources/my-team/alerts", member), 200);
        assertThat(alerts.path("alerts").findValuesAsText("level"))
                .containsExactlyInAnyOrder("warning", "critical", "exceeded");
        assertThat(alerts.path("alerts").findValuesAsText("metric")).containsOnly("traffic_gb");
        JsonNode projects = ok(server.get("/api/resources/my-team/projects", member), 200);
        assertThat(projects.path("projects").findValuesAsText("name")).contains("shop");
        assertThat(projects.path("projects").get(0).path("storage_mb").asLong()).isEqualTo(120);
        assertThat(server.post("/api/resources/my-team/projects/" + id + "/reactivate", member, "").status())
                .isEqualTo(403);
        assertThat(server.post("/api/resources/my-team/projects/" + id + "/reactivate", server.tokens().owner(), "")
                .status()).isEqualTo(409);
    }
}
