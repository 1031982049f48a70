package com.servelink.bootstrap.e2e;

import com.servelink.bootstrap.config.Configuration;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /metrics} of a real server: the operator's token on the main port (a user's gets
 * 403, none 401), or a port of its own without a token; the Prometheus text format with the
 * request timers by route template, the pool's, the JVM's, the jobs' and the payments' meters;
 * nothing at all when metrics are off. And the request id of every answer.
 */
class MetricsEndpointTest extends DemoServerFixture {
    private static final String LIMITS_BUCKET = "http_server_requests_seconds_bucket{method=\"GET\","
            + "route=\"/api/resources/{team_slug}/limits\",status=\"200\",le=\"+Inf\"}";

    @Override
    RunningServer start() {
        return RunningServer.h2(Map.of(Configuration.METRICS_PORT, "0"));
    }

    private Reply scrape() {
        Reply reply = server.get("/metrics", RunningServer.ADMIN_TOKEN);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    /** The value of the one sample {@code series} (name and labels exactly as written), 0 when absent. */
    private static double sample(String text, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void the_operator_reads_the_prometheus_text_format_with_requests_by_route_template() {
        double before = sample(scrape().text(), LIMITS_BUCKET);
        assertThat(server.get("/api/resources/my-team/limits", member).status()).isEqualTo(200);
        assertThat(server.get("/api/resources/my-team/limits", owner).status()).isEqualTo(200);
        server.get("/no/such/route/" + UUID.randomUUID(), member);

        Reply reply = scrape();
        String text = reply.text();
        assertThat(reply.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        assertThat(sample(text, LIMITS_BUCKET)).isEqualTo(before + 2);
        assertThat(text).contains("http_server_requests_seconds_count{method=\"GET\","
                + "route=\"/api/resources/{team_slug}/limits\",status=\"200\"}");
        assertThat(text).contains("route=\"NOT_FOUND\",status=\"404\"");
        assertThat(text).doesNotContain("route=\"/api/resources/my-team/limits\"").doesNotContain("/no/such/route");
        assertThat(text).contains("hikaricp_connections{pool=\"servelink-db\"}", "hikaricp_connections_max{");
        assertThat(text).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads", "process_uptime_seconds");
    }

    @Test
    void a_user_token_is_forbidden_and_no_token_is_unauthorized() {
        Reply user = server.get("/metrics", owner);
        Reply none = server.get("/metrics", null);

        assertThat(user.status()).isEqualTo(403);
        assertThat(user.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.text()).doesNotContain("jvm_");
    }

    @Test
    void the_separate_metrics_port_answers_without_a_token_and_serves_nothing_else() {
        int port = server.servelink().metricsPort().orElseThrow();
        assertThat(port).isNotEqualTo(server.servelink().port());

        Reply metrics = server.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build());
        Reply other = server.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/resources/my-team/limits"))
                .header("Authorization", "Bearer " + member).build());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        assertThat(metrics.text()).contains("jvm_memory_used_bytes{", "hikaricp_connections{");
        assertThat(other.status()).isEqualTo(404);
    }

    @Test
    void job_runs_are_timed_by_job_and_outcome() {
        String series = "servelink_job_runs_seconds_count{job=\"expire_additional_resources\",outcome=\"success\"}";
        double before = sample(scrape().text(), series);

        Reply run = server.post("/api/admin/jobs/expire_additional_resources/run", RunningServer.ADMIN_TOKEN, "{}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);

        String text = scrape().text();
        assertThat(sample(text, series)).isEqualTo(before + 1);
        assertThat(text).contains("servelink_job_runs_seconds_sum{job=\"expire_additional_resources\",outcome=\"success\"}",
                "servelink_job_affected_total{job=\"expire_additional_resources\"}",
                "servelink_job_runs_seconds_count{job=\"reconcile_payments\",outcome=\"failure\"} 0");
    }

    @Test
    void payments_are_counted_by_outcome_and_refused_signatures_are_counted() {
        String applied = "servelink_payments_total{event=\"completed\",outcome=\"applied\",provider=\"sandbox\"}";
        String duplicate = "servelink_payments_total{event=\"completed\",outcome=\"duplicate_event\",provider=\"sandbox\"}";
        String mismatch = "servelink_payments_total{event=\"completed\",outcome=\"amount_mismatch\",provider=\"sandbox\"}";
        String refused = "servelink_webhook_verifications_refused_total{provider=\"sandbox\"}";
        String before = scrape().text();
        String paymentId = server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"traffic\", \"quantity\": 3}").json().path("payment_id").asText();
        long now = Instant.now().getEpochSecond();
        String good = event(paymentId, "3.00");
        String wrongAmount = event(paymentId, "2.00");

        assertThat(webhook(good, signed(good, now).replace("v1=", "v1=0")).status()).isEqualTo(400);
        assertThat(webhook(good, null).status()).isEqualTo(400);
        assertThat(webhook(wrongAmount, signed(wrongAmount, now)).status()).isEqualTo(422);
        assertThat(webhook(good, signed(good, now)).status()).isEqualTo(200);
        assertThat(webhook(good, signed(good, now)).status()).isEqualTo(200);

        String after = scrape().text();
        assertThat(sample(after, refused)).isEqualTo(sample(before, refused) + 2);
        assertThat(sample(after, mismatch)).isEqualTo(sample(before, mismatch) + 1);
        assertThat(sample(after, applied)).isEqualTo(sample(before, applied) + 1);
        assertThat(sample(after, duplicate)).isEqualTo(sample(before, duplicate) + 1);
    }

    @Test
    void every_answer_carries_its_request_id_and_a_problem_names_it() {
        Reply ok = server.get("/api/resources/my-team/limits", member);
        Reply problem = server.send(RunningServer.authorised(server.request("/api/resources/no-such-team/limits"), member)
                .header("X-Request-Id", "support-case-4711").GET().build());

        assertThat(ok.header("X-Request-Id")).matches("[0-9a-f]{16}");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.header("X-Request-Id")).isEqualTo("support-case-4711");
        assertThat(problem.json().path("request_id").asText()).isEqualTo("support-case-4711");
    }

    @Test
    void with_metrics_off_nothing_is_measured_and_metrics_answer_404() {
        try (RunningServer off = RunningServer.h2(Map.of(Configuration.METRICS, "off"))) {
            off.get("/api/resources/my-team/limits", off.tokens().member());
            Reply reply = off.get("/metrics", RunningServer.ADMIN_TOKEN);

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().path("detail").asText()).contains("SERVELINK_METRICS=off");
            assertThat(off.servelink().metricsPort()).isEmpty();
        }
    }

    private String event(String paymentId, String amount) {
        return "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payment.completed\",\"data\":{\"payment_id\":\""
                + paymentId + "\",\"amount\":" + amount + ",\"currency\":\"EUR\"}}";
    }

    private String signed(String body, long timestamp) {
        return server.sandboxSignature(body, timestamp);
    }

    private Reply webhook(String body, String signature) {
        return server.postSandboxWebhook(body, signature);
    }
}
